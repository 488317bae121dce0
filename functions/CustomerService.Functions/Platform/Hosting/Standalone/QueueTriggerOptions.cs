using System.Globalization;
using CustomerService.Functions.Platform.Configuration;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// The queue trigger's behaviour, read from the same <c>host.json</c> (<c>extensions.queues</c>)
/// the Functions host reads, with the host's defaults and its override convention
/// (<c>AzureFunctionsJobHost__extensions__queues__batchSize</c>, …).
/// </summary>
public sealed class QueueTriggerOptions
{
    [AppSetting("Overrides of host.json values, as the Functions host reads them (e.g. AzureFunctionsJobHost__extensions__queues__maxDequeueCount); standalone honours the extensions.queues ones.",
        Source = SettingSource.Platform, Optional = true)]
    public const string HostJsonOverrides = "AzureFunctionsJobHost";

    /// <summary>Messages taken per poll (1–32).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>A new batch is fetched once in-flight invocations drop to this many; max parallel = batchSize + this.</summary>
    public int NewBatchThreshold { get; set; } = 8;

    /// <summary>Attempts before a message moves to <c>&lt;queue&gt;-poison</c>.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Delay before a failed message is tried again.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>Longest wait between polls of an empty queue (the back-off doubles up to it).</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;

    /// <summary>
    /// How long a taken message stays hidden; renewed at half-time while its invocation runs. Not a
    /// host.json setting: the host uses 10 minutes too. If the process dies, the message reappears after it.
    /// </summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Where the queue trigger settings sit in host.json (not an app setting).</summary>
    private const string HostJsonQueuesSection = "extensions:queues";

    /// <summary>Fills the options from host.json, then from the <see cref="HostJsonOverrides"/> section of <paramref name="configuration"/>.</summary>
    public void Apply(string hostJsonPath, IConfiguration configuration)
    {
        var merged = new ConfigurationBuilder()
            .AddJsonFile(hostJsonPath, optional: false, reloadOnChange: false)
            .AddConfiguration(configuration.GetSection(HostJsonOverrides))
            .Build()
            .GetSection(HostJsonQueuesSection);
        BatchSize = Int(merged, "batchSize", BatchSize, 1, 32);
        NewBatchThreshold = merged["newBatchThreshold"] is null ? BatchSize / 2 : Int(merged, "newBatchThreshold", 0, 0, 1000);
        MaxDequeueCount = Int(merged, "maxDequeueCount", MaxDequeueCount, 1, 1000);
        VisibilityTimeout = Time(merged, "visibilityTimeout", VisibilityTimeout);
        MaxPollingInterval = Time(merged, "maxPollingInterval", MaxPollingInterval);
        if (MaxPollingInterval < TimeSpan.FromMilliseconds(100)) throw Invalid("maxPollingInterval", "at least 00:00:00.1");
        MessageEncoding = merged["messageEncoding"] switch
        {
            null => MessageEncoding,
            var e when e.Equals("base64", StringComparison.OrdinalIgnoreCase) => QueueMessageEncoding.Base64,
            var e when e.Equals("none", StringComparison.OrdinalIgnoreCase) => QueueMessageEncoding.None,
            _ => throw Invalid("messageEncoding", "base64 or none"),
        };
    }

    private static int Int(IConfiguration section, string key, int fallback, int min, int max) =>
        section[key] is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw Invalid(key, $"a whole number {min}–{max}");

    private static TimeSpan Time(IConfiguration section, string key, TimeSpan fallback) =>
        section[key] is not { } text ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero && value <= TimeSpan.FromDays(7) ? value
        : throw Invalid(key, "a time span hh:mm:ss between 0 and 7 days");

    private static InvalidOperationException Invalid(string key, string expected) =>
        new($"host.json extensions.queues.{key} must be {expected}.");
}
