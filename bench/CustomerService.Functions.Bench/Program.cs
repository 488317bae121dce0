using CustomerService.Functions.Bench;

// Usage: CustomerService.Functions.Bench --storage <connection string> --handler <dir> --bare <dir> [--quick]
// bench/run.sh passes everything; figures are printed side by side from this one run.
var options = BenchOptions.Parse(args);
var report = new BenchReport();

var singleInsertRate = await StorageRates.RunAsync(options, report);
await IntakeRates.RunAsync(options, report, singleInsertRate);
await StartupTimes.RunAsync(options, report);
await CampaignRates.RunAsync(options, report);

report.Print(Console.Out);
