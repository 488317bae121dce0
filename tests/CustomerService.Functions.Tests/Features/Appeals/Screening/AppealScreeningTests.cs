using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Tests.Features.Appeals.Screening;

public sealed class AppealScreeningTests
{
    private static readonly Applicant Resident = new()
    {
        Kind = ApplicantKind.Individual, LastName = "Иванова", FirstName = "Мария", Patronymic = "Петровна",
        Phone = "+79110000000", Email = "m.ivanova@example.ru", PostalAddress = "г. Петрозаводск, ул. Ленина, д. 1, кв. 2",
    };

    private const string BillComplaint =
        "Здравствуйте! В квитанции за март начислено 4 520 рублей за электроэнергию, хотя показания счётчика " +
        "я передала вовремя через личный кабинет. Прошу сделать перерасчёт и объяснить, откуда такая сумма.";

    private static ScreeningInput Input(string text, string organization = OrganizationIds.KrcPetrozavodsk, Channel channel = Channel.Post, Applicant? applicant = null) => new()
    {
        OrganizationId = organization,
        Questions = [text],
        Applicant = applicant ?? Resident,
        Kind = AppealKind.Complaint,
        Channel = channel,
    };

    private static IReadOnlyList<ScreeningSuggestion> Screen(ScreeningInput input) => AppealScreening.Screen(input);

    [Theory]
    [InlineData(OrganizationIds.MupesDivnogorsk)]
    [InlineData(OrganizationIds.Tatenergosbyt)]
    [InlineData(OrganizationIds.KrcPetrozavodsk)]
    [InlineData(OrganizationIds.Astanaenergosbyt)]
    public void An_ordinary_bill_complaint_gets_no_suggestion(string organization)
    {
        Assert.Empty(Screen(Input(BillComplaint, organization) with { AllowedLanguages = ["ru", "tt"] }));
    }

    [Fact]
    public void Anonymous_appeal_is_registered_not_answered_at_tatenergosbyt()
    {
        var suggestions = Screen(Input(BillComplaint, OrganizationIds.Tatenergosbyt, applicant: new Applicant { Kind = ApplicantKind.Individual, Phone = "+79170000000" }));

        var anonymous = Assert.Single(suggestions);
        Assert.Equal(Anonymous, anonymous.Ground);
        Assert.Equal(ApplicantNotice.RegisteredNotAnswered, anonymous.Rule.Notice);
    }

    [Fact]
    public void A_legal_entity_without_its_name_is_anonymous_even_with_a_contact_name()
    {
        var company = new Applicant { Kind = ApplicantKind.LegalEntity, LastName = "Петров", Email = "office@example.ru" };

        Assert.Contains(Screen(Input(BillComplaint, OrganizationIds.Tatenergosbyt, applicant: company)), s => s.Ground == Anonymous);
    }

    [Fact]
    public void Anonymous_crime_report_at_astana_is_routed_to_state_bodies()
    {
        var text = "Сообщаю, что в подвале дома на ул. Кенесары хранят взрывчатку, готовится преступление.";

        var anonymous = Assert.Single(Screen(Input(text, OrganizationIds.Astanaenergosbyt, applicant: new Applicant { Kind = ApplicantKind.Individual, Phone = "+77010000000" })));

        Assert.Equal(Anonymous, anonymous.Ground);
        Assert.Equal(RouteTarget.StateBodies, anonymous.RouteTo);
        Assert.Contains(anonymous.Evidence, e => e.StartsWith("взрывчат", StringComparison.Ordinal));
    }

    [Fact]
    public void Anonymous_complaint_without_crime_at_astana_is_not_routed()
    {
        var anonymous = Assert.Single(Screen(Input(BillComplaint, OrganizationIds.Astanaenergosbyt, applicant: new Applicant { Kind = ApplicantKind.Individual, Phone = "+77010000000" })));

        Assert.Equal(RouteTarget.None, anonymous.RouteTo);
    }

    [Fact]
    public void Anonymous_complaint_book_entry_at_astana_is_still_considered()
    {
        Assert.Empty(Screen(Input(BillComplaint, OrganizationIds.Astanaenergosbyt, Channel.ComplaintBook, new Applicant { Kind = ApplicantKind.Individual })));
    }

    [Fact]
    public void No_contact_data_is_suggested_where_it_applies()
    {
        var nameOnly = new Applicant { Kind = ApplicantKind.Individual, LastName = "Сидоров" };

        var suggestion = Assert.Single(Screen(Input(BillComplaint, OrganizationIds.MupesDivnogorsk, applicant: nameOnly)));

        Assert.Equal(NoContactData, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
        Assert.Equal(ApplicantNotice.NoAnswer, suggestion.Rule.Notice);
    }

    [Fact]
    public void Obscene_language_is_suggested_with_masked_evidence_only()
    {
        var text = "Вы там совсем охуели? Третий месяц свет отключают, пиздец какой-то.";

        var suggestion = Assert.Single(Screen(Input(text)));

        Assert.Equal(ObsceneLanguage, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
        Assert.Equal(["о****и", "п****ц"], suggestion.Evidence);
        Assert.DoesNotContain(suggestion.Evidence, e => e.Contains("свет", StringComparison.Ordinal));
    }

    [Fact]
    public void Insults_are_a_medium_suggestion()
    {
        var suggestion = Assert.Single(Screen(Input("Ваши контролёры — идиоты и бездельники, ничего не проверяют.")));

        Assert.Equal(ObsceneLanguage, suggestion.Ground);
        Assert.Equal(Confidence.Medium, suggestion.Confidence);
    }

    [Fact]
    public void Complaint_about_an_insulting_employee_is_not_obscene()
    {
        var text = "Оператор контакт-центра оскорбляет абонентов и бросает трубку. Прошу провести проверку и принести извинения, это оскорбление.";

        Assert.Empty(Screen(Input(text)));
    }

    [Theory]
    [InlineData("Если завтра не включите свет, я приду и взорву ваш офис.")]
    [InlineData("Найду этого контролёра и убью, так и передайте.")]
    [InlineData("Вам конец, я знаю где вы живёте.")]
    [InlineData("Сожгу вашу контору вместе с сотрудниками.")]
    public void Threats_are_clear_and_go_to_security(string text)
    {
        var suggestion = Assert.Single(Screen(Input(text)));

        Assert.Equal(Threats, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
        Assert.Equal(RouteTarget.SecurityUnit, suggestion.RouteTo);
    }

    [Theory]
    [InlineData("Я убью на это весь день, но добьюсь перерасчёта по счёту за свет.")]
    [InlineData("Сожгу ваши квитанции, раз в них одни ошибки, и буду платить по счётчику сам.")]
    [InlineData("Если не сделаете перерасчёт, обращусь в суд и прокуратуру, и вы пожалеете о своём отношении к клиентам.")]
    [InlineData("Вы не пожалеете, если переведёте нас на электронные квитанции.")]
    [InlineData("Этот тариф меня просто убивает, платить нечем, чуть не убило током в подъезде.")]
    [InlineData("Я вас засужу за такие начисления, буду жаловаться в Роспотребнадзор!")]
    public void Ordinary_strong_language_is_not_a_threat(string text)
    {
        Assert.DoesNotContain(Screen(Input(text)), s => s.Ground == Threats);
    }

    [Fact]
    public void A_violent_verb_without_a_target_is_a_medium_threat()
    {
        var suggestion = Assert.Single(Screen(Input("Ещё раз отключат без предупреждения — всё взорву к чертям.")));

        Assert.Equal(Threats, suggestion.Ground);
        Assert.Equal(Confidence.Medium, suggestion.Confidence);
    }

    [Fact]
    public void Advertising_on_the_website_is_spam_at_krc()
    {
        var text = "Наша компания предлагает выгодные условия! Скидка 30% на установку окон, переходите на www.okna-super.ru";

        var suggestion = Assert.Single(Screen(Input(text, channel: Channel.WebForm)));

        Assert.Equal(SpamAdvertisingCharity, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
    }

    [Fact]
    public void Charity_request_is_spam_at_tatenergosbyt()
    {
        var text = "Просим оказать благотворительную помощь детскому дому, пожертвуйте сколько сможете.";

        Assert.Contains(Screen(Input(text, OrganizationIds.Tatenergosbyt)), s => s.Ground == SpamAdvertisingCharity);
    }

    [Fact]
    public void Advertising_is_not_a_ground_at_krc_outside_the_website()
    {
        var text = "Наша компания предлагает выгодные условия! Скидка 30% на установку окон, переходите на www.okna-super.ru";

        Assert.Empty(Screen(Input(text, channel: Channel.Post)));
    }

    [Theory]
    [InlineData("Уберите, пожалуйста, рекламу с обратной стороны квитанции, она мешает читать начисления.")]
    [InlineData("Фото счётчика загрузил сюда: https://disk.example.ru/d/abc123, проверьте показания за март.")]
    public void One_promotional_signal_is_not_spam(string text)
    {
        Assert.Empty(Screen(Input(text, OrganizationIds.Tatenergosbyt)));
    }

    [Fact]
    public void Calls_to_break_the_law_on_the_website()
    {
        var text = "Жители района! Призываю всех к бойкоту: не платить за свет, а завтра перекроем дорогу у управы.";

        Assert.Contains(Screen(Input(text, channel: Channel.WebForm)), s => s.Ground == CallsToBreakLaw);
    }

    [Fact]
    public void Contesting_a_court_decision_is_returned_within_seven_days_at_krc()
    {
        var text = "Прошу отменить решение мирового суда о взыскании с меня задолженности, я с ним не согласна, долг уже оплачен.";

        var suggestion = Assert.Single(Screen(Input(text)));

        Assert.Equal(CourtMatter, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
        Assert.Equal(new NoticeDeadline(7, DayType.Unspecified), suggestion.Rule.NoticeDeadline);
    }

    [Fact]
    public void A_case_pending_in_court_is_a_medium_court_matter()
    {
        var suggestion = Assert.Single(Screen(Input("Дело по моему иску о перерасчёте сейчас рассматривается в суде, прошу приостановить начисление пени.")));

        Assert.Equal(CourtMatter, suggestion.Ground);
        Assert.Equal(Confidence.Medium, suggestion.Confidence);
    }

    [Theory]
    [InlineData("Если не сделаете перерасчёт по квитанции за март, я обращусь в суд.")]
    [InlineData("По решению суда долг за 2023 год я погасила полностью, а вы снова начислили его в квитанции. Прошу убрать.")]
    public void Mentioning_a_court_in_passing_is_not_a_court_matter(string text)
    {
        Assert.Empty(Screen(Input(text)));
    }

    [Fact]
    public void Court_matters_are_not_a_ground_outside_krc()
    {
        var text = "Прошу отменить решение мирового суда о взыскании с меня задолженности, я с ним не согласна.";

        Assert.Empty(Screen(Input(text, OrganizationIds.MupesDivnogorsk)));
    }

    [Fact]
    public void Asking_for_a_neighbours_data_is_a_trade_secret_request()
    {
        var suggestion = Assert.Single(Screen(Input("Сообщите мне телефон и задолженность соседа из квартиры 15, он меня заливает.")));

        Assert.Equal(TradeSecret, suggestion.Ground);
        Assert.Equal(ApplicantNotice.Required, suggestion.Rule.Notice);
    }

    [Theory]
    [InlineData("???")]
    [InlineData("Здравствуйте, помогите")]
    [InlineData("")]
    public void An_appeal_without_its_essence_is_suggested_at_krc(string text)
    {
        var suggestion = Assert.Single(Screen(Input(text)));

        Assert.Equal(EssenceUndeterminable, suggestion.Ground);
    }

    [Theory]
    [InlineData("#$%^&*()!@#$%^&*(){}[]<>?/\\|~`")]
    [InlineData("фывапролдж йцукенгшщз ячсмитьбю")]
    [InlineData("Ð¿Ñ€Ð¾ÑˆÑƒ Ñ Ð´ÐµÐ»Ð°Ñ‚ÑŒ Ð¿ÐµÑ€ÐµÑ€Ð°Ñ Ñ‡ÐµÑ‚")]
    public void Illegible_text_is_suggested_and_not_as_undeterminable_essence(string text)
    {
        var suggestion = Assert.Single(Screen(Input(text)));

        Assert.Equal(Illegible, suggestion.Ground);
        Assert.Equal(ApplicantNotice.RequiredWhenContactsReadable, suggestion.Rule.Notice);
    }

    [Fact]
    public void A_kazakh_appeal_is_in_an_unsupported_language_at_tatenergosbyt()
    {
        var text = "Сәлеметсіз бе! Менің есептегішім дұрыс жұмыс істемейді, қайта тексеруді сұраймын. Рақмет.";

        var suggestion = Assert.Single(Screen(Input(text, OrganizationIds.Tatenergosbyt) with { AllowedLanguages = ["ru", "tt"] }));

        Assert.Equal(UnsupportedLanguage, suggestion.Ground);
        Assert.Contains("kk", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tatar_appeal_is_supported_at_tatenergosbyt()
    {
        var text = "Исәнмесез! Минем счетчик күрсәткечләре дөрес кабул ителмәгән, зинһар, тикшерегез һәм төзәтегез.";

        Assert.Empty(Screen(Input(text, OrganizationIds.Tatenergosbyt) with { AllowedLanguages = ["ru", "tt"] }));
    }

    [Fact]
    public void Language_is_no_ground_at_astana()
    {
        var text = "Hello, I have a question about my electricity bill for March, please call me back.";

        Assert.Empty(Screen(Input(text, OrganizationIds.Astanaenergosbyt) with { AllowedLanguages = ["ru", "kk"] }));
    }

    [Fact]
    public void A_repeated_question_is_suggested_with_the_earlier_appeal()
    {
        var input = Input("Прошу сделать перерасчёт платы за электроэнергию за март, показания счётчика переданы вовремя.") with
        {
            EarlierAnswered =
            [
                new AnsweredQuestion("17/ФЛ", "Когда заменят столб у дома 5?"),
                new AnsweredQuestion("42/ФЛ", "Прошу сделать перерасчёт платы за электроэнергию за март, показания счётчика были переданы вовремя!"),
            ],
        };

        var suggestion = Assert.Single(Screen(input));

        Assert.Equal(RepeatedQuestion, suggestion.Ground);
        Assert.Equal(Confidence.High, suggestion.Confidence);
        Assert.Contains("обращение № 42/ФЛ", suggestion.Evidence);
    }

    [Fact]
    public void A_different_question_from_the_same_applicant_is_not_repeated()
    {
        var input = Input("Почему в квитанции за апрель появились пени, если я оплатила всё в срок?") with
        {
            EarlierAnswered = [new AnsweredQuestion("42/ФЛ", "Прошу сделать перерасчёт платы за электроэнергию за март, показания счётчика переданы вовремя.")],
        };

        Assert.Empty(Screen(input));
    }

    [Fact]
    public void Several_grounds_come_strongest_first()
    {
        var input = Input("Вам конец, уроды.", OrganizationIds.KrcPetrozavodsk);

        var grounds = Screen(input).Select(s => (s.Ground, s.Confidence)).ToList();

        Assert.Equal((Threats, Confidence.High), grounds[0]);
        Assert.Contains((ObsceneLanguage, Confidence.Medium), grounds);
    }
}
