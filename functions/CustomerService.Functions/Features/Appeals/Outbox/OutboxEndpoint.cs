using System.Globalization;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary><c>GET /api/outbox?date=yyyy-MM-dd</c> (default: today, UTC): the outbound messages of that day, for staff.</summary>
public static class OutboxEndpoint
{
    private const int MaxMessages = 1000;

    public static RouteGroupBuilder MapOutbox(this RouteGroupBuilder api)
    {
        api.MapGet("/outbox", async (string? date, AppealTables tables, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var day = date ?? OutboxRow.Day(time.GetUtcNow());
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return (IResult)new ValidationProblemBuilder().Add("date", "Укажите дату в формате ГГГГ-ММ-ДД.").ToResult();
            await tables.EnsureCreatedAsync(cancellationToken);
            var messages = new List<OutboxMessage>();
            await foreach (var row in tables.Table(AppealTables.Outbox).QueryAsync(TableFilter.PartitionKeyEquals(day), cancellationToken: cancellationToken))
            {
                messages.Add(OutboxMessage.From(row));
                if (messages.Count == MaxMessages) break;
            }
            return TypedResults.Json(new OutboxDay(day, messages.Count == MaxMessages, messages), AppealRegistrar.Json);
        })
        .RequireAuthorization(StaffPolicies.Staff)
        .AsFunction("OutboxList", FunctionAuthLevel.Anonymous);
        return api;
    }
}

/// <param name="Truncated">True when the day has more than the first 1,000 messages returned.</param>
public sealed record OutboxDay(string Date, bool Truncated, IReadOnlyList<OutboxMessage> Messages);

public sealed record OutboxMessage(
    string Id, string AppealId, string RegistrationNumber, string Channel, string? To, string Language,
    string Subject, string Body, string StatusPath, DateTimeOffset CreatedAt, string State)
{
    public static OutboxMessage From(TableEntity row) => new(
        row.RowKey, row.GetString("AppealId")!, row.GetString("RegistrationNumber")!, row.GetString("Channel")!, row.GetString("To"),
        row.GetString("Language")!, row.GetString("Subject")!, row.GetString("Body")!, row.GetString("StatusPath")!,
        row.GetDateTimeOffset("CreatedAt")!.Value, row.GetString("State")!);
}
