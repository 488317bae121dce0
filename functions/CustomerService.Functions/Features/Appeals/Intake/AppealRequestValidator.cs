using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>
/// Edge validation of an intake request against the route and the organization's profile.
/// Collects every problem (field names as the caller sent them, dotted) instead of stopping at
/// the first, so a form can mark all fields at once. Pure: no I/O, no clock except <paramref name="today"/>.
/// </summary>
public static class AppealRequestValidator
{
    private static readonly Channel[] PartnerChannels = [Channel.ChatBot, Channel.CustomerPortal, Channel.MobileApp, Channel.Messenger];

    public static ValidatedAppeal? Validate(AppealRequest request, IntakeRoute route, OrganizationProfile profile, DateOnly today, ValidationProblemBuilder problems)
    {
        var kind = ParseRequired<AppealKind>(request.Kind, "kind", IntakeTexts.KindRequired, problems);
        var channel = ValidateChannel(request.Channel, route, profile, problems);
        var applicant = ApplicantValidator.Validate(request.Applicant, channel, profile, today, problems);
        var questions = ValidateQuestions(request.Questions, problems);
        var (replyChannel, language) = ValidateReply(request.PreferredReply, applicant, channel, profile, problems);
        ValidateConsent(request.Consent, profile, problems);
        if (problems.HasErrors) return null;
        return new ValidatedAppeal(kind!.Value, channel!.Value, applicant!, questions, replyChannel!.Value, language!, profile.ConsentTextVersion);
    }

    private static Channel? ValidateChannel(string? text, IntakeRoute route, OrganizationProfile profile, ValidationProblemBuilder problems)
    {
        Channel channel;
        if (route == IntakeRoute.Website && text is null) channel = Channel.WebForm;
        else if (ParseRequired<Channel>(text, "channel", IntakeTexts.ChannelRequired, problems) is { } parsed) channel = parsed;
        else return null;

        var allowed = route switch
        {
            IntakeRoute.Website => [Channel.WebForm],
            IntakeRoute.Partner => PartnerChannels,
            _ => Enum.GetValues<Channel>().Where(c => c.IsStaffRegistered()).ToArray(),
        };
        if (!allowed.Contains(channel))
        {
            problems.Add("channel", route == IntakeRoute.Website ? IntakeTexts.WebsiteChannelOnly : IntakeTexts.ChannelOfRoute(WireEnum<Channel>.AllowedList(allowed)));
            return null;
        }
        if (!profile.AcceptedChannels.Contains(channel))
        {
            problems.Add("channel", IntakeTexts.ChannelNotAccepted);
            return null;
        }
        return channel;
    }

    private static List<string> ValidateQuestions(IReadOnlyList<QuestionRequest?>? questions, ValidationProblemBuilder problems)
    {
        var texts = new List<string>();
        if (questions is null || questions.Count == 0)
        {
            problems.Add("questions", IntakeTexts.QuestionsRequired);
            return texts;
        }
        if (questions.Count > IntakeLimits.Questions) problems.Add("questions", IntakeTexts.TooMany(IntakeLimits.Questions));
        for (var i = 0; i < questions.Count; i++)
        {
            var field = $"questions[{i}].text";
            var text = FreeText.Check(questions[i]?.Text, field, IntakeLimits.QuestionText, multiline: true, problems);
            if (text is null) problems.Add(field, IntakeTexts.QuestionEmpty);
            else texts.Add(text);
        }
        return texts;
    }

    private static (ReplyChannel?, string?) ValidateReply(PreferredReplyRequest? reply, Applicant? applicant, Channel? channel, OrganizationProfile profile, ValidationProblemBuilder problems)
    {
        if (reply is null)
        {
            problems.Add("preferredReply", IntakeTexts.ReplyRequired);
            return (null, null);
        }
        var replyChannel = ParseRequired<ReplyChannel>(reply.Channel, "preferredReply.channel", IntakeTexts.ReplyRequired, problems);
        string? language = null;
        if (string.IsNullOrWhiteSpace(reply.Language)) problems.Add("preferredReply.language", IntakeTexts.LanguageRequired);
        else if (!profile.ReplyLanguages.Contains(reply.Language, StringComparer.Ordinal)) problems.Add("preferredReply.language", IntakeTexts.LanguageNotAllowed(profile.ReplyLanguages));
        else language = reply.Language;

        var waived = channel is { } c && profile.ChannelsWithoutRequiredFields.Contains(c);
        if (replyChannel is { } rc && applicant is not null && !waived) RequireReplyContact(rc, applicant, problems);
        return (replyChannel, language);
    }

    /// <summary>The answer goes where the applicant asked (§9.4): the address for it must be there.</summary>
    private static void RequireReplyContact(ReplyChannel channel, Applicant applicant, ValidationProblemBuilder problems)
    {
        var (field, present) = channel switch
        {
            ReplyChannel.Email => ("applicant.email", applicant.Email is not null),
            ReplyChannel.Sms or ReplyChannel.Phone => ("applicant.phone", applicant.Phone is not null),
            ReplyChannel.Post => ("applicant.postalAddress", applicant.PostalAddress is not null),
            _ => ("applicant.billingAccount", applicant.BillingAccount is not null),
        };
        if (!present && !problems.Errors.ContainsKey(field)) problems.Add(field, "Укажите, куда направить ответ выбранным способом.");
    }

    private static void ValidateConsent(ConsentRequest? consent, OrganizationProfile profile, ValidationProblemBuilder problems)
    {
        if (consent?.Accepted != true) problems.Add("consent.accepted", IntakeTexts.ConsentRequired);
        else if (!string.Equals(consent.TextVersion, profile.ConsentTextVersion, StringComparison.Ordinal)) problems.Add("consent.textVersion", IntakeTexts.ConsentOutdated);
    }

    internal static T? ParseRequired<T>(string? text, string field, string missing, ValidationProblemBuilder problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(field, missing);
            return null;
        }
        if (WireEnum<T>.TryParse(text, out var value)) return value;
        problems.Add(field, IntakeTexts.Unknown(WireEnum<T>.AllowedList()));
        return null;
    }
}
