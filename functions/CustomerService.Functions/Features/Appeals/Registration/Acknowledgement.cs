using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// The acknowledgement sent to the applicant (§7.3 step 3, 001 Прил.2 п.6/15/22): number,
/// registration date, promised answer date and the status link, in the applicant's language, from
/// the <c>appealAcknowledgement</c> scenario (staff-edited texts included). The only personal data
/// in the text is the greeting.
/// </summary>
public static class Acknowledgement
{
    public static NoticeText Compose(ApplicantNotices notices, string channel, string language, Applicant applicant, string number, DateOnly registeredOn, DateOnly promisedBy, string statusPath, string organization)
    {
        var values = ApplicantNoticeValues.For(applicant, language, number, organization);
        values[Placeholders.RegistrationDate] = registeredOn;
        values[Placeholders.PromisedDate] = promisedBy;
        values[Placeholders.StatusLink] = statusPath;
        return notices.Render(AppealScenarios.Acknowledgement, language, channel, values);
    }

    /// <summary>Outbound channel and recipient of the acknowledgement for the preferred reply channel (null recipient: staff must act).</summary>
    public static (string Channel, string? To) Route(ReplyChannel reply, Applicant applicant) => reply switch
    {
        ReplyChannel.Email => ("email", applicant.Email),
        ReplyChannel.Sms or ReplyChannel.Phone => ("sms", applicant.Phone),
        ReplyChannel.Post => ("post", applicant.PostalAddress),
        _ => ("customerPortal", applicant.BillingAccount),
    };
}
