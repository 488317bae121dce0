using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Registration-number sequence: one entity per organization and year (<c>AppealCounters</c>,
/// property <c>Last</c>), moved by ETag-guarded updates. The instance remembers the value and
/// ETag it saw last, so an uncontended increment is ONE storage operation; a 412 means another
/// instance moved it: re-read and retry. Increments within one instance are serialised (no
/// self-inflicted 412s). Numbers are never reused; a failed intake after this step leaves a gap.
/// </summary>
public sealed class RegistrationCounter(AppealTables tables)
{
    private const string LastProperty = "Last";
    private const int MaxAttempts = 200;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string, int), (long Last, ETag ETag)> _seen = [];

    public async Task<long> NextAsync(string organization, int year, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var table = tables.Table(AppealTables.Counters);
            var key = (organization, year);
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (!_seen.TryGetValue(key, out var seen))
                {
                    var (read, created) = await ReadOrCreateAsync(table, organization, year, cancellationToken);
                    _seen[key] = read;
                    if (created) return read.Last;
                    seen = read;
                }
                var next = seen.Last + 1;
                try
                {
                    var etag = await table.UpdateEntityAsync(Entity(organization, year, next), seen.ETag, TableUpdateMode.Merge, cancellationToken);
                    _seen[key] = (next, etag);
                    return next;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    _seen.Remove(key);
                }
            }
            throw new InvalidOperationException($"The registration counter stayed contended for {MaxAttempts} attempts.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the counter; when the year has none yet, creates it holding 1 (that insert takes number 1).</summary>
    private static async Task<((long Last, ETag ETag), bool Created)> ReadOrCreateAsync(TableClient table, string organization, int year, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entity = await table.GetEntityIfExistsAsync(organization, RowKey(year), cancellationToken: cancellationToken);
            if (entity is not null) return ((entity.GetInt64(LastProperty) ?? 0, entity.ETag), false);
            try
            {
                var etag = await table.AddEntityAsync(Entity(organization, year, 1), cancellationToken);
                return ((1, etag), true);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another instance created it first: read theirs.
            }
        }
    }

    private static TableEntity Entity(string organization, int year, long last) => new(organization, RowKey(year)) { [LastProperty] = last };

    private static string RowKey(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
