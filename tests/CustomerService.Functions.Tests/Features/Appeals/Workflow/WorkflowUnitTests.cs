using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Appeals.Workflow.Faq;

namespace CustomerService.Functions.Tests.Features.Appeals.Workflow;

public sealed class WorkflowUnitTests
{
    [Theory]
    [InlineData("Звоните Марии Петровне по тел. +7 (913) 123-45-67 или 8 913 1234567", "Марии", "+7 (913)", "1234567")]
    [InlineData("Пишите на ivanova@example.ru", "ivanova", "example.ru", null)]
    [InlineData("Лицевой счёт 0012345678 по адресу 663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2", "0012345678", "Заводская", "663090")]
    [InlineData("Иванова Мария Петровна просит пересчитать", "Иванова", "Петровна", null)]
    [InlineData("Ответ подготовил Петров И. И.", "Петров", null, null)]
    public void Anonymiser_removes_personal_data(string text, string gone1, string? gone2, string? gone3)
    {
        var result = FaqAnonymiser.Anonymise(text, ["Иванова", "Мария", "Петровна"]);
        foreach (var gone in new[] { gone1, gone2, gone3 }.OfType<string>()) Assert.DoesNotContain(gone, result);
    }

    [Fact]
    public void Anonymiser_keeps_the_substance()
    {
        var result = FaqAnonymiser.Anonymise("Мария Петровна, счёт за октябрь 2026 года пересчитан по тарифу 5,23 руб.", ["Мария", "Петровна"]);
        Assert.Equal("[имя], счёт за октябрь 2026 года пересчитан по тарифу 5,23 руб.", result);
    }

    [Theory]
    [InlineData(AppealStatus.AnswerDrafted, null)]
    [InlineData(AppealStatus.Assigned, "Нельзя утвердить ответ: проект ответа не подготовлен.")]
    [InlineData(AppealStatus.AnswerApproved, "Ответ уже утверждён.")]
    [InlineData(AppealStatus.Closed, WorkflowRules.Finished)]
    public void Approval_needs_a_draft(AppealStatus status, string? refusal) => Assert.Equal(refusal, WorkflowRules.Approve(status));

    [Theory]
    [InlineData(AppealStatus.AnswerApproved, null)]
    [InlineData(AppealStatus.AnswerDrafted, "Нельзя отправить ответ, не утверждённый руководителем подразделения.")]
    [InlineData(AppealStatus.Classified, "Нельзя отправить ответ: проект ответа не подготовлен и не утверждён.")]
    [InlineData(AppealStatus.AnswerSent, WorkflowRules.AlreadySent)]
    public void Sending_needs_an_approval(AppealStatus status, string? refusal) => Assert.Equal(refusal, WorkflowRules.Send(status));

    [Fact]
    public void Only_the_assigned_executor_drafts()
    {
        Assert.Null(WorkflowRules.Draft(AppealStatus.Assigned, "executor", "Петров", "executor"));
        Assert.Equal("Обращение ещё не назначено исполнителю.", WorkflowRules.Draft(AppealStatus.Classified, null, null, "executor"));
        Assert.Contains("Петров", WorkflowRules.Draft(AppealStatus.Assigned, "executor", "Петров", "someone-else"));
        Assert.Equal("Сначала классифицируйте обращение.", WorkflowRules.Assign(AppealStatus.Registered, classified: false));
    }

    [Fact]
    public void Closing_a_justified_complaint_needs_measures_and_a_planned_date()
    {
        var today = new DateOnly(2026, 3, 2);
        var missing = CloseAppeal.Validate(new CloseAppeal.Request("justified", null, null, null, null), AppealKind.Complaint, today, out _);
        Assert.Equal(["correctiveMeasures", "plannedDate"], missing.Errors.Keys.Order());
        var past = CloseAppeal.Validate(new CloseAppeal.Request("justified", ["Замена счётчика"], today.AddDays(-1), null, null), AppealKind.Complaint, today, out _);
        Assert.Equal(["plannedDate"], past.Errors.Keys);
        var refused = CloseAppeal.Validate(new CloseAppeal.Request("notJustified", null, null, " ", null), AppealKind.Complaint, today, out _);
        Assert.Equal(["refusalReason"], refused.Errors.Keys);
        var partly = CloseAppeal.Validate(new CloseAppeal.Request("partlyJustified", ["Перерасчёт"], today, "Остальное начислено верно.", null), AppealKind.Claim, today, out var outcome);
        Assert.False(partly.HasErrors);
        Assert.Equal(Outcome.PartlyJustified, outcome);
        Assert.True(CloseAppeal.Validate(new CloseAppeal.Request(null, null, null, null, null), AppealKind.Complaint, today, out _).HasErrors);
        Assert.False(CloseAppeal.Validate(new CloseAppeal.Request(null, null, null, null, null), AppealKind.InformationRequest, today, out _).HasErrors);
    }

    [Fact]
    public void Answer_letter_has_the_subject_greeting_and_executor_contacts()
    {
        var applicant = new Applicant { Kind = ApplicantKind.Individual, LastName = "Иванова", FirstName = "Мария", Patronymic = "Петровна" };
        var text = ApplicantTexts.Answer("ru", applicant, "15-ФЛ", new DateOnly(2026, 3, 2), "Муниципальное унитарное предприятие «X»", "Счёт пересчитан.",
            new ApplicantTexts.Executor("Исполнитель Петров", "+79131234567", "petrov@example.ru"));
        Assert.Equal("Ответ на обращение № 15-ФЛ — Муниципальное унитарное предприятие «X»", text.Subject);
        Assert.StartsWith("Уважаемая Мария Петровна!", text.Body);
        Assert.Contains("Исполнитель: Исполнитель Петров, тел. +79131234567, e-mail petrov@example.ru.", text.Body);
        Assert.Contains("от 02.03.2026", text.Body);
        Assert.StartsWith("Уважаемый Иван Ильич!", ApplicantTexts.Greeting("ru", applicant with { FirstName = "Иван", Patronymic = "Ильич" }) + "");
        Assert.Equal("Уважаемый заявитель!", ApplicantTexts.Greeting("ru", new Applicant { Kind = ApplicantKind.LegalEntity, OrganizationName = "ООО" }));
        Assert.StartsWith("Мөрәҗәгатькә җавап", ApplicantTexts.Answer("tt", applicant, "1", default, "K", "a", new("n", "p", "e")).Subject);
    }
}
