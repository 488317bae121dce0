namespace CustomerService.Functions.Bench;

public sealed record BenchOptions(string StorageConnection, string HandlerDirectory, string BareDirectory, bool Quick)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"missing {name}");
        return new BenchOptions(Value("--storage"), Value("--handler"), Value("--bare"), args.Contains("--quick"));
    }

    /// <summary>Scales a workload down for a smoke run (--quick) without changing its shape.</summary>
    public int Scale(int full) => Quick ? Math.Max(1, full / 10) : full;
}
