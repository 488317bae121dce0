using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Status;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Registers a validated appeal with at most 3 storage operations (docs/appeals.md): one counter
/// increment and the <c>appeal-registered</c>
/// event (both shared by requests arriving at about the same moment), one entity-group transaction
/// (appeal row, first history event, acknowledgement) — plus, with attachments, the idempotency
/// point read (only with a key) and one Put Blob per attachment, made before the transaction so a
/// listed attachment always exists.
/// </summary>
public sealed class AppealRegistrar(AppealTables tables, RegistrationCounter counter, AppealRegisteredSender events, ActiveOrganizationProfile activeProfile, AccessCodes codes, AppealAttachments attachments, ApplicantNotices notices, TimeProvider time, Deadlines.Calendars.IWorkingCalendars? calendars = null)
{
    /// <summary>camelCase, and Cyrillic as text rather than \u escapes (HTML-sensitive characters stay escaped).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public Task<RegistrationOutcome> RegisterAsync(ValidatedAppeal appeal, string caller, string? idempotencyKey, CancellationToken cancellationToken) =>
        RegisterAsync(appeal, caller, idempotencyKey, null, cancellationToken);

    /// <param name="files">Checked files (no problems) to store with the appeal; a replay stores nothing again.</param>
    public async Task<RegistrationOutcome> RegisterAsync(ValidatedAppeal appeal, string caller, string? idempotencyKey, AttachmentBatch? files, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var profile = activeProfile.Current; // one snapshot for the whole registration
        var listed = files?.Accepted.Select(a => new AttachmentListing(a.Id, a.FileName, a.Length)).ToList() ?? [];
        var requestHash = RequestHash(appeal, files);
        var appealId = idempotencyKey is null ? AppealIds.New() : AppealIds.FromIdempotencyKey(profile.Id, caller, idempotencyKey);
        var appeals = tables.Table(AppealTables.Appeals);
        // With files, a replay is looked for first so it does not upload them again. Without, the
        // transaction's 409 on the key-derived appeal id finds a replay: one storage operation less
        // for every first attempt, and a replay's number becomes a gap (docs/appeals.md).
        if (idempotencyKey is not null && listed.Count > 0 && await FindEarlierAsync(appeals, appealId, requestHash, cancellationToken) is { } earlier) return earlier;

        // The event goes out alongside the number and the files, always before the transaction: a
        // crash before the transaction leaves an event that finds no appeal (a no-op after the grace
        // period), never an appeal without its follow-up. Awaiting both observes both failures.
        var sent = events.SendAsync(appealId, cancellationToken);
        var numbered = NumberAndStoreFilesAsync(profile, appeal, appealId, caller, requestHash, listed, files, cancellationToken);
        await Task.WhenAll(sent, numbered);
        var registration = await numbered;
        var statusPath = codes.StatusPath(registration.Number, appealId);
        var (channel, _) = Acknowledgement.Route(appeal.ReplyChannel, appeal.Applicant);
        var text = Acknowledgement.Compose(notices, channel, appeal.Language, appeal.Applicant, registration.Number, LocalDate(profile, registration.RegisteredAt), registration.PromisedBy, statusPath, profile.ShortName);
        try
        {
            await appeals.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, AppealEntities.Appeal(registration)),
                new TableTransactionAction(TableTransactionActionType.Add, AppealEntities.FirstHistoryEvent(registration)),
                new TableTransactionAction(TableTransactionActionType.Add, AppealEntities.AcknowledgementMessage(registration, text, statusPath)),
            ], cancellationToken);
        }
        catch (RequestFailedException e) when (idempotencyKey is not null && e.Status == 409)
        {
            // A replay, or a parallel request with the same key that won the race: this number stays a gap.
            return await FindEarlierAsync(appeals, appealId, requestHash, cancellationToken)
                ?? throw new InvalidOperationException("The appeal row conflicted but cannot be read.", e);
        }
        return new RegistrationOutcome.Registered(registration.ResponseJson, statusPath);
    }

    /// <summary>The appeal and its files' hashes: a key reused with other files is a different request.</summary>
    private static string RequestHash(ValidatedAppeal appeal, AttachmentBatch? files)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(appeal, Json);
        if (files is not { Accepted.Count: > 0 }) return Convert.ToHexStringLower(SHA256.HashData(bytes));
        var withFiles = string.Join('\n', files.Accepted.Select(a => $"{a.Sha256} {a.FileName}"));
        return Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. System.Text.Encoding.UTF8.GetBytes("\n" + withFiles)]));
    }

    private async Task<AppealEntities.Registration> NumberAndStoreFilesAsync(OrganizationProfile profile, ValidatedAppeal appeal, string appealId, string caller, string requestHash, IReadOnlyList<AttachmentListing> listed, AttachmentBatch? files, CancellationToken cancellationToken)
    {
        var registration = await NumberAsync(profile, appeal, appealId, caller, requestHash, listed, cancellationToken);
        // Ids depend on position and content: a retry after a failure overwrites the same blobs.
        if (files is { Accepted.Count: > 0 }) await attachments.SaveAsync(appealId, files, cancellationToken);
        return registration;
    }

    private async Task<AppealEntities.Registration> NumberAsync(OrganizationProfile profile, ValidatedAppeal appeal, string appealId, string caller, string requestHash, IReadOnlyList<AttachmentListing> listed, CancellationToken cancellationToken)
    {
        var registeredAt = time.GetUtcNow();
        var year = LocalDate(profile, registeredAt).Year;
        var sequence = await counter.NextAsync(profile.Id, year, cancellationToken);
        var number = profile.NumberFormat.Render(sequence, year, appeal.Applicant.Kind);
        var promise = profile.Promises[appeal.Kind];
        var calendar = calendars?.Find(profile.Id);
        var promisedBy = PromiseCalculator.PromisedBy(registeredAt, profile.TimeZone, promise, calendar);
        var result = new RegistrationResult(number, registeredAt, promisedBy, PromiseCalculator.Basis(promise, calendar, registeredAt), "registered", codes.StatusPath(number, appealId));
        return new AppealEntities.Registration(appealId, profile.Id, appeal, sequence, year, number, registeredAt, promisedBy,
            result.PromiseBasis, caller, requestHash, JsonSerializer.Serialize(result, Json)) { Attachments = listed };
    }

    private static async Task<RegistrationOutcome?> FindEarlierAsync(TableClient appeals, string appealId, string requestHash, CancellationToken cancellationToken)
    {
        var row = await appeals.GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId), ["RequestHash", "Response"], cancellationToken);
        if (row is null) return null;
        if (!string.Equals(row.GetString("RequestHash"), requestHash, StringComparison.Ordinal)) return new RegistrationOutcome.KeyReused();
        var json = row.GetString("Response")!;
        return new RegistrationOutcome.Replayed(json, JsonSerializer.Deserialize<RegistrationResult>(json, Json)!.StatusUrl);
    }

    private static DateOnly LocalDate(OrganizationProfile profile, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, profile.TimeZone).DateTime);
}
