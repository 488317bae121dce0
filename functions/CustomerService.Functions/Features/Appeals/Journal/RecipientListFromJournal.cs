using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// <c>POST /api/informing/recipient-lists/from-appeals?{journal filters}&amp;name=…</c> (administrator):
/// a recipient list selected from the appeals register (issue #5 item 4) — the applicants of the
/// appeals the journal's filters select (period, kind, channel, classification, status, unit, q…),
/// e.g. everyone who complained about a street's supply before telling them the repair date. Each
/// appeal's account and contacts go through the same checks, merges (one message per account), opt-out
/// register and report as an uploaded file; an appeal without an account is reported by its number.
/// </summary>
public static class RecipientListFromJournal
{
    public const string FunctionName = "InformingRecipientListFromAppeals";
    public const string Source = "appeals";
    private const int Parallelism = 16;
    private static readonly string[] ContactColumns =
        ["ApplicantKind", "LastName", "FirstName", "Patronymic", "OrganizationName", "PostalAddress", "Phone", "Email", "BillingAccount", "ContractNumber", "ReplyChannel", "Language"];

    public static RouteGroupBuilder MapRecipientListFromJournal(this RouteGroupBuilder api)
    {
        api.MapPost("/informing/recipient-lists/from-appeals", CreateAsync)
            .RequireAuthorization(StaffPolicies.Administrator).AsFunction(FunctionName, FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, HttpContext context, JournalReader reader, AppealTables tables,
        RecipientListStore lists, OptOutStore optOuts, CancellationToken cancellationToken)
    {
        var errors = new ValidationProblemBuilder();
        var query = JournalQueryParser.Parse(request.Query, reader.Today, errors);
        var name = JournalQueryParser.Single(request.Query, "name", errors)?.Trim();
        errors.AddIf(name is { Length: > 200 }, "name", "Название списка — не длиннее 200 символов.");
        if (query is null || errors.HasErrors) return errors.ToResult();

        var entries = await reader.ReadAsync(query, JournalReader.QueryLimit, cancellationToken);
        if (entries is null) return JournalEndpoints.TooMany(JournalReader.QueryLimit);
        var contacts = await ContactsAsync(tables, entries, cancellationToken);
        var parsed = Numbered(RecipientListParser.FromRegister(contacts, Source), entries);
        if (parsed.FileError is { } error) return new ValidationProblemBuilder().Add("query", error).ToResult();

        var register = await optOuts.LoadAsync(cancellationToken);
        var recipients = parsed.Recipients.Select(r => RecipientEligibility.Apply(r, register)).ToList();
        var title = name is { Length: > 0 } ? name : $"Заявители обращений {query.From:dd.MM.yyyy}–{query.To:dd.MM.yyyy}";
        var summary = await lists.SaveAsync(parsed, title, recipients, context.GetStaffUser()!, cancellationToken);
        context.Response.Headers.Location = $"/api/informing/recipient-lists/{summary.Id}";
        return TypedResults.Json(summary, InformingJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Each selected appeal's applicant, read from its register row (point reads, in the journal's order).</summary>
    private static async Task<IReadOnlyList<RegisterContact>> ContactsAsync(AppealTables tables, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        var appeals = tables.Table(AppealTables.Appeals);
        var contacts = new RegisterContact[entries.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, entries.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var id = entries[i].AppealId;
                var row = await appeals.GetEntityIfExistsAsync(id, AppealTables.AppealRowKey(id), ContactColumns, token);
                contacts[i] = row is null ? new RegisterContact(null, null, null, null, null, null, null) : Contact(row);
            });
        return contacts;
    }

    private static RegisterContact Contact(TableEntity row)
    {
        var applicant = AppealEntities.ApplicantOf(row);
        WireEnum<ReplyChannel>.TryParse(row.GetString("ReplyChannel"), out var reply);
        // The channel the acknowledgement went by, where a campaign can use it (post and the portal cannot).
        var (routed, _) = Acknowledgement.Route(reply, applicant);
        var channel = routed is RecipientChannels.Sms or RecipientChannels.Email ? routed : null;
        return new RegisterContact(applicant.BillingAccount ?? applicant.ContractNumber, ApplicantNoticeValues.FullName(applicant),
            applicant.Phone, applicant.Email, applicant.PostalAddress, channel, row.GetString("Language"));
    }

    /// <summary>The report names the appeal: «Обращение № 125-ФЛ: …» (line n is the selection's entry n − 1).</summary>
    private static ParsedRecipientList Numbered(ParsedRecipientList parsed, IReadOnlyList<JournalEntry> entries) => parsed with
    {
        Problems = [.. parsed.Problems.Select(p => p.Line - 2 is var i && i >= 0 && i < entries.Count
            ? p with { Message = $"Обращение № {entries[i].RegistrationNumber}: {p.Message}" }
            : p)],
    };
}
