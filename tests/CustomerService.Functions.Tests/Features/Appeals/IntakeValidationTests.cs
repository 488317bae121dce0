using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Status;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Tests.Features.Appeals;

public sealed class ContactFormatTests
{
    [Theory]
    [InlineData("+7 913 123-45-67", "+79131234567")]
    [InlineData("8 (913) 123-45-67", "+79131234567")]
    [InlineData("79131234567", "+79131234567")]
    [InlineData("9131234567", "+79131234567")]
    [InlineData(" +7 (7172) 55-00-00 ", "+77172550000")]
    public void Russian_and_Kazakh_numbers_become_E164(string input, string expected) => Assert.Equal(expected, ContactFormats.NormalizePhone(input));

    [Theory]
    [InlineData("12345")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+8 913 123 45 67")]
    [InlineData("8913123456a")]
    [InlineData("89131234567 доб. 5")]
    public void Other_numbers_are_refused(string input) => Assert.Null(ContactFormats.NormalizePhone(input));

    [Theory]
    [InlineData("ivanova@example.ru", true)]
    [InlineData("иванова@пример.рф", true)]
    [InlineData("ivan@", false)]
    [InlineData("ivan@example", false)]
    [InlineData("iv an@example.ru", false)]
    [InlineData("a@b@example.ru", false)]
    public void Email_shape(string input, bool ok) => Assert.Equal(ok, ContactFormats.IsEmail(input));

    [Theory]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("текст </b> текст", true)]
    [InlineData("<!-- x -->", true)]
    [InlineData("< img src=x onerror=alert(1)>", true)]
    [InlineData("долг < 100 руб. и > 50", false)]
    [InlineData("2<3", false)]
    public void Markup_is_recognised_but_a_lone_angle_bracket_is_text(string input, bool markup) => Assert.Equal(markup, ContactFormats.HasMarkup(input));

    [Fact]
    public void Control_characters_except_line_breaks_in_multiline_text()
    {
        Assert.False(ContactFormats.HasControlCharacters("строка 1\r\nстрока 2\tи т. д.", multiline: true));
        Assert.True(ContactFormats.HasControlCharacters("строка 1\nстрока 2", multiline: false));
        Assert.True(ContactFormats.HasControlCharacters("звонок\u0007", multiline: true));
        Assert.True(ContactFormats.HasControlCharacters("нуль\0", multiline: true));
    }
}

public sealed class AppealRequestValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static OrganizationProfile Profile(string id) => OrganizationProfiles.Find(id)!;

    internal static AppealRequest Valid(string? channel = null, string applicantKind = "individual", string language = "ru", string consentVersion = "mupes-2026-1") => new()
    {
        Kind = "complaint",
        Channel = channel,
        Applicant = new ApplicantRequest
        {
            Kind = applicantKind, LastName = "Иванова", FirstName = "Мария", Patronymic = "Петровна", PostalAddress = "663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2",
            Phone = "8 (913) 123-45-67", Email = "ivanova@example.ru", OrganizationName = "ТСЖ «Берёзка»", Members = ["Иванов И. И.", "Петров П. П."],
            OutgoingNumber = "15/2", OutgoingDate = new DateOnly(2026, 11, 20), BillingAccount = "0012345678",
        },
        Questions = [new QuestionRequest("Почему счёт за октябрь вдвое больше?"), new QuestionRequest("Когда заменят счётчик?")],
        PreferredReply = new PreferredReplyRequest("email", language),
        Consent = new ConsentRequest(true, consentVersion),
    };

    private static (ValidatedAppeal?, IReadOnlyDictionary<string, string[]>) Run(AppealRequest request, IntakeRoute route = IntakeRoute.Website, string profile = "mupes-divnogorsk")
    {
        var problems = new ValidationProblemBuilder();
        var result = AppealRequestValidator.Validate(request, route, Profile(profile), Today, problems);
        return (result, problems.Errors);
    }

    [Fact]
    public void A_complete_website_request_passes_normalised()
    {
        var (appeal, errors) = Run(Valid());
        Assert.Empty(errors);
        Assert.Equal(Channel.WebForm, appeal!.Channel);
        Assert.Equal("+79131234567", appeal.Applicant.Phone);
        Assert.Equal(2, appeal.Questions.Count);
        Assert.Equal(ReplyChannel.Email, appeal.ReplyChannel);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_field()
    {
        var request = Valid() with
        {
            Kind = "complaintt",
            Applicant = Valid().Applicant! with { LastName = null, Email = "ivan@", Phone = "12345", BillingAccount = "12ab" },
            Questions = [new QuestionRequest("<script>alert(1)</script>"), new QuestionRequest(new string('я', 5001))],
            PreferredReply = new PreferredReplyRequest("pigeon", "tt"),
            Consent = new ConsentRequest(false, null),
        };
        var (appeal, errors) = Run(request);
        Assert.Null(appeal);
        Assert.StartsWith("Недопустимое значение", errors["kind"].Single());
        Assert.Equal(IntakeTexts.FieldRequired(ApplicantField.LastName), errors["applicant.lastName"].Single());
        Assert.Equal(IntakeTexts.EmailFormat, errors["applicant.email"].Single());
        Assert.Equal(IntakeTexts.PhoneFormat, errors["applicant.phone"].Single());
        Assert.Equal("Лицевой счёт состоит из 6–12 цифр.", errors["applicant.billingAccount"].Single());
        Assert.Equal(IntakeTexts.Markup, errors["questions[0].text"].Single());
        Assert.Equal("Не более 5000 символов.", errors["questions[1].text"].Single());
        Assert.StartsWith("Недопустимое значение", errors["preferredReply.channel"].Single());
        Assert.Equal("Ответ на этом языке не предоставляется. Доступные языки: ru.", errors["preferredReply.language"].Single());
        Assert.Equal("Необходимо согласие на обработку персональных данных", errors["consent.accepted"].Single());
    }

    [Theory]
    [InlineData("individual", "mupes-divnogorsk", "applicant.lastName,applicant.firstName,applicant.postalAddress")]
    [InlineData("group", "mupes-divnogorsk", "applicant.members,applicant.postalAddress")]
    [InlineData("legalEntity", "mupes-divnogorsk", "applicant.organizationName,applicant.postalAddress")]
    [InlineData("legalEntity", "astanaenergosbyt", "applicant.organizationName,applicant.phone,applicant.email,applicant.outgoingNumber,applicant.outgoingDate,applicant.postalAddress")] // the last: the reply goes by post
    [InlineData("individual", "astanaenergosbyt", "applicant.lastName,applicant.firstName,applicant.postalAddress,applicant.phone,applicant.email")]
    public void Required_fields_follow_the_applicant_kind_and_profile(string kind, string profile, string expected)
    {
        var empty = Valid(applicantKind: kind, consentVersion: Profile(profile).ConsentTextVersion) with
        {
            Applicant = new ApplicantRequest { Kind = kind },
            PreferredReply = new PreferredReplyRequest("post", "ru"),
        };
        var (_, errors) = Run(empty, profile: profile);
        Assert.Equal(expected.Split(',').Order(), errors.Keys.Order());
    }

    [Fact]
    public void Complaint_book_entries_need_no_personal_data_at_004()
    {
        var entry = Valid(channel: "complaintBook", consentVersion: "aes-2026-1") with { Applicant = new ApplicantRequest { Kind = "individual" }, PreferredReply = new PreferredReplyRequest("post", "kk") };
        var (appeal, errors) = Run(entry, IntakeRoute.Staff, "astanaenergosbyt");
        Assert.Empty(errors);
        Assert.Equal(Channel.ComplaintBook, appeal!.Channel);
    }

    [Theory]
    [InlineData(IntakeRoute.Website, "chatBot", "mupes-divnogorsk", IntakeTexts.WebsiteChannelOnly)]
    [InlineData(IntakeRoute.Partner, "email", "tatenergosbyt", "Через этот адрес регистрируются обращения каналов: chatBot, customerPortal, mobileApp, messenger.")]
    [InlineData(IntakeRoute.Partner, "chatBot", "mupes-divnogorsk", IntakeTexts.ChannelNotAccepted)]
    [InlineData(IntakeRoute.Staff, "webForm", "mupes-divnogorsk", "Через этот адрес регистрируются обращения каналов: email, phone, ivr, post, inPerson, complaintBook.")]
    [InlineData(IntakeRoute.Staff, "complaintBook", "krc-petrozavodsk", IntakeTexts.ChannelNotAccepted)]
    [InlineData(IntakeRoute.Staff, null, "mupes-divnogorsk", IntakeTexts.ChannelRequired)]
    public void Channel_must_fit_the_route_and_the_profile(IntakeRoute route, string? channel, string profile, string message)
    {
        var (_, errors) = Run(Valid(channel, consentVersion: Profile(profile).ConsentTextVersion), route, profile);
        Assert.Equal(message, errors["channel"].Single());
    }

    [Fact]
    public void Reply_channel_needs_its_address_and_the_consent_the_current_text()
    {
        var request = Valid() with { Applicant = Valid().Applicant! with { Email = null }, Consent = new ConsentRequest(true, "mupes-2025-1") };
        var (_, errors) = Run(request);
        Assert.Equal("Укажите, куда направить ответ выбранным способом.", errors["applicant.email"].Single());
        Assert.Equal(IntakeTexts.ConsentOutdated, errors["consent.textVersion"].Single());
    }

    [Fact]
    public void No_questions_control_characters_and_future_outgoing_dates_are_refused()
    {
        Assert.Equal(IntakeTexts.QuestionsRequired, Run(Valid() with { Questions = [] }).Item2["questions"].Single());
        Assert.Equal(IntakeTexts.ControlCharacters, Run(Valid() with { Questions = [new QuestionRequest("вопрос\u0007")] }).Item2["questions[0].text"].Single());
        Assert.Equal(IntakeTexts.ControlCharacters, Run(Valid() with { Applicant = Valid().Applicant! with { LastName = "Ива\nнова" } }).Item2["applicant.lastName"].Single());
        var future = Valid() with { Applicant = Valid().Applicant! with { OutgoingDate = Today.AddDays(1) } };
        Assert.Equal(IntakeTexts.OutgoingDateInFuture, Run(future).Item2["applicant.outgoingDate"].Single());
    }
}

public sealed class AccessCodeTests
{
    private static readonly AccessCodes Codes = new("test-status-code-key-0123456789abcdef"u8.ToArray());

    [Fact]
    public void A_code_verifies_to_its_appeal_and_nothing_else()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        var code = Codes.Create(id);
        Assert.Equal(38, code.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", code);
        Assert.Equal(id, Codes.Verify(code));

        var tampered = code[..20] + (code[20] == 'A' ? 'B' : 'A') + code[21..];
        Assert.Null(Codes.Verify(tampered));
        // The last character carries 4 unused bits: a non-canonical spelling of the same code is refused too.
        Assert.Null(Codes.Verify(code[..^1] + (char)(code[^1] + 1)));
        Assert.Null(Codes.Verify(new AccessCodes("another-status-code-key-0123456789abcd"u8.ToArray()).Create(id)));
        Assert.Null(Codes.Verify("not base64 !"));
        Assert.Null(Codes.Verify(""));
        Assert.Null(Codes.Verify(null));
    }

    [Fact]
    public void Status_path_escapes_the_Cyrillic_number() =>
        Assert.StartsWith("/api/appeals/125-%D0%A4%D0%9B/status?code=", Codes.StatusPath("125-ФЛ", "0123456789abcdef0123456789abcdef"));
}
