using CustomerService.Functions.Bench;

// Usage: CustomerService.Functions.Bench --storage <connection string> --handler <dir> --bare <dir> [--azurite-pid <pid>] [--campaign-storage <connection string>] [--quick] [--only storage|intake|startup|deadlines|campaigns]
// bench/run.sh passes everything; figures are printed side by side from this one run.
var options = BenchOptions.Parse(args);
var report = new BenchReport();

if (options.Runs("storage") || options.Runs("intake"))
{
    var singleInsertRate = await StorageRates.RunAsync(options, report);
    if (options.Runs("intake")) await IntakeRates.RunAsync(options, report, singleInsertRate);
}
if (options.Runs("startup")) await StartupTimes.RunAsync(options, report);
if (options.Runs("deadlines")) await DeadlineRates.RunAsync(options, report);
if (options.Runs("campaigns")) await CampaignRates.RunAsync(options, report);

report.Print(Console.Out);
