namespace CustomerService.Functions.Bench;

/// <param name="Only">Runs one section (storage, intake, startup, deadlines, campaigns) — intake still measures the single-insert yardstick.</param>
/// <param name="AzuritePid">Azurite's process id (bench/run.sh passes it), for its CPU time; 0 when unknown.</param>
/// <param name="HostedOnly">Intake in hosted mode only (skips the standalone runs): a shorter loop while profiling the request path.</param>
/// <param name="JsonOnly">Intake without the multipart runs: with --hosted-only, the shortest loop for comparing handler changes.</param>
/// <param name="CampaignStorage">The campaign section's storage (bench/run.sh: an Azurite in memory); the main storage when not given.</param>
/// <param name="DeadlineStorage">The deadline section's storage (bench/run.sh: a fresh Azurite on disk, so earlier sections' rows cost it nothing); the main storage when not given.</param>
public sealed record BenchOptions(string StorageConnection, string HandlerDirectory, string BareDirectory, bool Quick, string? Only, int AzuritePid, bool HostedOnly = false, bool JsonOnly = false,
    string? CampaignStorage = null, string? DeadlineStorage = null)
{
    public static readonly string[] Sections = ["storage", "intake", "startup", "deadlines", "campaigns"];

    public static BenchOptions Parse(string[] args)
    {
        string? Optional(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        string Value(string name) => Optional(name) ?? throw new ArgumentException($"missing {name}");
        var only = Optional("--only");
        if (only is not null && !Sections.Contains(only)) throw new ArgumentException($"--only takes one of {string.Join(", ", Sections)}");
        return new BenchOptions(Value("--storage"), Value("--handler"), Value("--bare"), args.Contains("--quick"), only,
            int.TryParse(Optional("--azurite-pid"), out var pid) ? pid : 0, args.Contains("--hosted-only"), args.Contains("--json-only"), Optional("--campaign-storage"),
            Optional("--deadline-storage"));
    }

    public bool Runs(string section) => Only is null || Only == section;

    /// <summary>Scales a workload down for a smoke run (--quick) without changing its shape.</summary>
    public int Scale(int full) => Quick ? Math.Max(1, full / 10) : full;
}
