using System.Security.Cryptography;
using Azure;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>The outcome of a status change requested by staff.</summary>
public abstract record CampaignMove
{
    public sealed record Moved(TableEntity Row) : CampaignMove;

    public sealed record NotFound : CampaignMove;

    /// <summary>The caller's If-Match is stale (412) or the row changed between read and write (409).</summary>
    public sealed record Changed(bool CallerIfMatch) : CampaignMove;

    public sealed record NotAllowed(CampaignStatus From) : CampaignMove;
}

/// <summary>Creates campaign rows and moves their status under ETags, following <see cref="CampaignTransitions"/>.</summary>
public sealed class CampaignStore(CampaignTables tables, TimeProvider time)
{
    public async Task<TableEntity> CreateAsync(CampaignDefinition definition, string createdBy, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var row = CampaignRow.From(NewId(now), definition, createdBy, now);
        row.ETag = await tables.Campaigns.AddEntityAsync(row, cancellationToken);
        return row;
    }

    public async Task<TableEntity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        return await tables.Campaigns.GetEntityIfExistsAsync(id, CampaignTables.CampaignRowKey, cancellationToken: cancellationToken);
    }

    /// <param name="onlyFrom">Start moves an approved campaign only, resume a paused one only (both lead to running).</param>
    /// <param name="stamp">Who did it and when, e.g. <c>ApprovedBy</c>/<c>ApprovedAt</c>.</param>
    public async Task<CampaignMove> MoveAsync(string id, CampaignStatus to, CampaignStatus? onlyFrom, ETag? ifMatch, IReadOnlyDictionary<string, object> stamp, CancellationToken cancellationToken)
    {
        var row = await GetAsync(id, cancellationToken);
        if (row is null) return new CampaignMove.NotFound();
        if (ifMatch is { } expected && expected != row.ETag) return new CampaignMove.Changed(CallerIfMatch: true);
        var from = CampaignRow.StatusOf(row);
        if (!CampaignTransitions.CanMove(from, to) || onlyFrom is { } required && required != from) return new CampaignMove.NotAllowed(from);
        var update = new TableEntity(id, CampaignTables.CampaignRowKey) { [CampaignRow.Status] = CampaignRow.Wire(to) };
        foreach (var (name, value) in stamp) update[name] = value;
        try
        {
            var etag = await tables.Campaigns.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Merge, cancellationToken);
            foreach (var (name, value) in update) row[name] = value;
            row.ETag = etag;
            return new CampaignMove.Moved(row);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new CampaignMove.Changed(CallerIfMatch: ifMatch is not null);
        }
    }

    /// <summary>Time-ordered so listings sort by creation, with random bits so two operators never collide.</summary>
    private static string NewId(DateTimeOffset now) =>
        $"c{now.UtcDateTime:yyyyMMddHHmmss}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
