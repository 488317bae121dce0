using System.Text.RegularExpressions;
using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Platform.Storage.Queues;

/// <summary>
/// Reads and checks <see cref="StorageConnection.QueueNamePrefixSetting"/>. Only the standalone
/// runner can honour a prefix: in hosted mode the Functions host listens on the queue names in
/// function.json, so a prefix there would send messages nobody receives — refused at start-up.
/// </summary>
public static partial class QueuePrefix
{
    /// <summary>Queue names are 3–63 characters; the longest of ours with "-poison" leaves room for 20.</summary>
    public const int MaxLength = 20;

    public static string Read(IConfiguration configuration)
    {
        var prefix = configuration[StorageConnection.QueueNamePrefixSetting]?.Trim() ?? "";
        if (prefix.Length == 0) return "";
        if (RunModeDetector.Detect(configuration) == RunMode.Hosted)
            throw new InvalidOperationException($"'{StorageConnection.QueueNamePrefixSetting}' works only in standalone mode: the Functions host listens on the queue names in function.json.");
        if (prefix.Length > MaxLength || !Valid().IsMatch(prefix))
            throw new FormatException($"'{StorageConnection.QueueNamePrefixSetting}' must be up to {MaxLength} lowercase letters, digits and single hyphens, starting with a letter or digit (got '{prefix}').");
        return prefix;
    }

    [GeneratedRegex("^[a-z0-9](?:-?[a-z0-9])*-?$", RegexOptions.CultureInvariant)]
    private static partial Regex Valid();
}
