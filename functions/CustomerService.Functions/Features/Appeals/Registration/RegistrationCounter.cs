using Azure;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Registration-number sequence: one entity per organization and year (<c>AppealCounters</c>,
/// property <c>Last</c>), moved by ETag-guarded updates. The instance remembers the value and
/// ETag it saw last, so an uncontended increment is ONE storage operation; a 412 means another
/// instance moved it: re-read and retry. Requests of one instance are group-committed: those that
/// arrive while an update is in flight wait and then share the next update, which claims one number
/// each — so throughput is not capped at one storage round trip per appeal, and there are no
/// self-inflicted 412s. Numbers are never reused; a failed intake after this step leaves a gap.
/// </summary>
public sealed class RegistrationCounter
{
    private const string LastProperty = "Last";
    private const int MaxAttempts = 200;

    private readonly AppealTables _tables;
    private readonly Dictionary<(string, int), (long Last, ETag ETag)> _seen = [];
    private readonly GroupCommit<(string Organization, int Year), long> _commit;

    public RegistrationCounter(AppealTables tables)
    {
        _tables = tables;
        _commit = new GroupCommit<(string Organization, int Year), long>(ClaimForAsync);
    }

    public Task<long> NextAsync(string organization, int year, CancellationToken cancellationToken) =>
        _commit.SubmitAsync((organization, year), cancellationToken);

    /// <summary>Claims numbers for everyone waiting, one update per organization and year (the drain runs one at a time, so <see cref="_seen"/> needs no lock).</summary>
    private async Task ClaimForAsync(IReadOnlyList<GroupCommit<(string Organization, int Year), long>.Waiting> batch)
    {
        foreach (var group in batch.GroupBy(w => w.Item))
        {
            try
            {
                var number = await ClaimAsync(group.Key, group.Count(), CancellationToken.None);
                foreach (var waiting in group) waiting.Result.TrySetResult(number++);
            }
            catch (Exception e)
            {
                foreach (var waiting in group) waiting.Result.TrySetException(e);
            }
        }
    }

    /// <summary>Moves the counter on by <paramref name="count"/>; returns the first of the claimed numbers.</summary>
    private async Task<long> ClaimAsync((string Organization, int Year) key, int count, CancellationToken cancellationToken)
    {
        var table = _tables.Table(AppealTables.Counters);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!_seen.TryGetValue(key, out var seen))
            {
                var (read, created) = await ReadOrCreateAsync(table, key.Organization, key.Year, count, cancellationToken);
                _seen[key] = read;
                if (created) return 1;
                seen = read;
            }
            var last = seen.Last + count;
            try
            {
                var etag = await table.UpdateEntityAsync(Entity(key.Organization, key.Year, last), seen.ETag, TableUpdateMode.Merge, cancellationToken);
                _seen[key] = (last, etag);
                return seen.Last + 1;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                _seen.Remove(key);
            }
        }
        throw new InvalidOperationException($"The registration counter stayed contended for {MaxAttempts} attempts.");
    }


    /// <summary>Reads the counter; when the year has none yet, creates it holding <paramref name="count"/> (that insert takes numbers 1…count).</summary>
    private static async Task<((long Last, ETag ETag), bool Created)> ReadOrCreateAsync(TableClient table, string organization, int year, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entity = await table.GetEntityIfExistsAsync(organization, RowKey(year), cancellationToken: cancellationToken);
            if (entity is not null) return ((entity.GetInt64(LastProperty) ?? 0, entity.ETag), false);
            try
            {
                var etag = await table.AddEntityAsync(Entity(organization, year, count), cancellationToken);
                return ((count, etag), true);
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
