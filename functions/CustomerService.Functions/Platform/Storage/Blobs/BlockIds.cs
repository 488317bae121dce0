using System.Globalization;
using System.Text;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>
/// Block ids for Put Block / Put Block List. The service requires every id of one blob to be
/// base64 of the same length (≤ 64 bytes before encoding); a zero-padded index gives that, reads
/// as its position when decoded, and its 12 bytes encode to 16 characters without '=' padding.
/// The committed order comes from the Put Block List body, not from the ids.
/// </summary>
internal static class BlockIds
{
    public const int MaxBlocks = 50_000;

    public static string For(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxBlocks);
        return Convert.ToBase64String(Encoding.ASCII.GetBytes("block-" + index.ToString("D6", CultureInfo.InvariantCulture)));
    }
}
