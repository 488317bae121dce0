using System.Globalization;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>
/// Where a list's recipients live: partition <c>{listId}-{shard:00}</c> of the Recipients table, the
/// shard chosen by a stable hash of the account. One partition serves ~2,000 entities/s, so large
/// lists spread over up to 32 partitions that uploads write and campaigns read in parallel.
/// </summary>
public static class RecipientShards
{
    public const int RecipientsPerShard = 5_000;
    public const int MaxShards = 32;

    public static int CountFor(int recipients) => Math.Clamp((recipients + RecipientsPerShard - 1) / RecipientsPerShard, 1, MaxShards);

    public static string Partition(string listId, int shard) => listId + "-" + shard.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>FNV-1a over the account's characters: stable across processes and versions, unlike string.GetHashCode.</summary>
    public static int Of(string account, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in account) hash = (hash ^ c) * 16777619u;
        return (int)(hash % (uint)shards);
    }
}
