using CustomerService.Functions.Features.Appeals;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using Microsoft.Extensions.Configuration;

namespace CustomerService.Functions.Tests.Features.Appeals;

public sealed class OrganizationProfileTests
{
    [Fact]
    public void Four_profiles_ship_each_complete_and_with_a_resolvable_time_zone()
    {
        Assert.Equal(["mupes-divnogorsk", "tatenergosbyt", "krc-petrozavodsk", "astanaenergosbyt"], OrganizationProfiles.All.Select(p => p.Id));
        foreach (var profile in OrganizationProfiles.All)
        {
            Assert.NotNull(profile.TimeZone);
            Assert.All(Enum.GetValues<AppealKind>(), kind => Assert.True(profile.Promises.ContainsKey(kind), $"{profile.Id}: {kind}"));
            Assert.All(Enum.GetValues<ApplicantKind>(), kind => Assert.True(profile.RequiredFields.ContainsKey(kind), $"{profile.Id}: {kind}"));
            Assert.Contains("ru", profile.ReplyLanguages);
            Assert.Contains(Channel.WebForm, profile.AcceptedChannels);
        }
    }

    [Fact]
    public void Seed_values_001_robot_promises_1_5_14_working_days_and_languages_follow_002_and_004()
    {
        var mupes = OrganizationProfiles.Find("mupes-divnogorsk")!;
        Assert.Equal(new AnswerPromise(1, DayType.Working, mupes.Promises[AppealKind.InformationRequest].Source), mupes.Promises[AppealKind.InformationRequest]);
        Assert.Equal((5, DayType.Working), (mupes.Promises[AppealKind.ServiceRequest].Days, mupes.Promises[AppealKind.ServiceRequest].DayType));
        Assert.Equal((14, DayType.Working), (mupes.Promises[AppealKind.Complaint].Days, mupes.Promises[AppealKind.Complaint].DayType));
        Assert.Equal((30, DayType.Calendar), (OrganizationProfiles.Find("tatenergosbyt")!.Promises[AppealKind.Complaint].Days, OrganizationProfiles.Find("tatenergosbyt")!.Promises[AppealKind.Complaint].DayType));
        Assert.Equal((15, DayType.Working), (OrganizationProfiles.Find("astanaenergosbyt")!.Promises[AppealKind.Claim].Days, DayType.Working));
        Assert.Equal(["ru", "tt"], OrganizationProfiles.Find("tatenergosbyt")!.ReplyLanguages);
        Assert.Contains("kk", OrganizationProfiles.Find("astanaenergosbyt")!.ReplyLanguages);
        Assert.Equal(["ru"], mupes.ReplyLanguages);
        Assert.Contains(Channel.ChatBot, OrganizationProfiles.Find("tatenergosbyt")!.AcceptedChannels);
        Assert.DoesNotContain(Channel.ChatBot, mupes.AcceptedChannels);
    }

    [Theory]
    [InlineData(ApplicantKind.Individual, "125-ФЛ")]
    [InlineData(ApplicantKind.Group, "125-ГЛ")]
    [InlineData(ApplicantKind.LegalEntity, "125-ЮЛ")]
    [InlineData(ApplicantKind.SoleProprietor, "125-ЮЛ")]
    [InlineData(ApplicantKind.UtilityServiceProvider, "125-ЮЛ")]
    public void Number_001_is_sequence_hyphen_applicant_code(ApplicantKind kind, string expected) =>
        Assert.Equal(expected, new RegistrationNumberFormat.SequenceWithApplicantCode().Render(125, 2026, kind));

    [Fact]
    public void Number_of_the_others_is_year_and_six_digit_sequence() =>
        Assert.Equal("2026-000125", new RegistrationNumberFormat.YearAndSequence().Render(125, 2026, ApplicantKind.LegalEntity));

    [Fact]
    public void Setting_selects_the_profile_default_is_001_unknown_stops_the_app()
    {
        static IConfiguration Config(string? value) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AppealsSettings.Organization] = value }).Build();
        Assert.Equal("mupes-divnogorsk", AppealsRegistration.SelectProfile(Config(null)).Id);
        Assert.Equal("astanaenergosbyt", AppealsRegistration.SelectProfile(Config("astanaenergosbyt")).Id);
        var error = Assert.Throws<InvalidOperationException>(() => AppealsRegistration.SelectProfile(Config("gazprom")));
        Assert.Contains("gazprom", error.Message);
    }

    [Fact]
    public void A_promise_must_count_calendar_or_working_days() =>
        Assert.Throws<ArgumentException>(() => new AnswerPromise(10, DayType.Unspecified, "test"));
}

public sealed class PromiseCalculatorTests
{
    private static readonly TimeZoneInfo Krasnoyarsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Krasnoyarsk");

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 working day = Monday
    [InlineData("2026-11-21", 1, "2026-11-23")] // Saturday → Monday
    [InlineData("2026-11-16", 5, "2026-11-23")] // Monday + 5 = next Monday
    [InlineData("2026-11-16", 14, "2026-12-04")]
    [InlineData("2026-12-30", 5, "2027-01-06")] // no holiday calendar yet: 1–8 January count as working days
    public void Working_days_are_Monday_to_Friday(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PromiseCalculator.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void The_registration_date_is_the_organizations_local_date()
    {
        // 20:00 UTC on Friday is 03:00 on Saturday in Krasnoyarsk: the promise counts from Saturday.
        var friday = new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 23), PromiseCalculator.PromisedBy(friday, Krasnoyarsk, new AnswerPromise(1, DayType.Working, "")));
        Assert.Equal(new DateOnly(2026, 12, 21), PromiseCalculator.PromisedBy(friday, Krasnoyarsk, new AnswerPromise(30, DayType.Calendar, "")));
        Assert.Equal(new DateOnly(2026, 11, 23), PromiseCalculator.PromisedBy(friday, TimeZoneInfo.Utc, new AnswerPromise(1, DayType.Working, "")));
    }

    [Theory]
    [InlineData(1, DayType.Working, "1 рабочий день (пн–пт, праздничные дни пока не учитываются)")]
    [InlineData(14, DayType.Working, "14 рабочих дней (пн–пт, праздничные дни пока не учитываются)")]
    [InlineData(30, DayType.Calendar, "30 календарных дней")]
    [InlineData(22, DayType.Calendar, "22 календарных дня")]
    public void Basis_says_the_day_type_in_Russian(int days, DayType type, string expected) =>
        Assert.Equal(expected, PromiseCalculator.Basis(new AnswerPromise(days, type, "")));
}
