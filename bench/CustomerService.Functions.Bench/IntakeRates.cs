using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Bench;

/// <summary>
/// End-to-end appeal intake over real HTTP against the published handler: appeals/s and latency at
/// 16 and 64 concurrent clients, JSON alone and multipart with a 100 KB PDF, beside the raw
/// single-insert rate of the same run, with the handler standalone (its own trigger runner does the
/// queue follow-up alongside) and hosted (request path only). Storage operations per appeal are counted in a separate pass
/// through <see cref="CountingProxy"/> with the handler in hosted mode (no trigger runner, so every
/// counted request is on the intake request path); throughput is measured without the proxy.
/// </summary>
public static class IntakeRates
{
    private const string Organization = OrganizationIds.MupesDivnogorsk;
    private const int AttachmentBytes = 100 * 1024;

    /// <summary>The public route is rate-limited per IP; every request here comes from 127.0.0.1, so the bench lifts the limit.</summary>
    public const int BenchPermitLimit = 1_000_000_000;

    public static async Task RunAsync(BenchOptions options, BenchReport report, double singleInsertRate)
    {
        var handler = Path.Combine(options.HandlerDirectory, "CustomerService.Functions");
        var pdf = PdfOfSize(AttachmentBytes);
        // Standalone: the handler's own trigger runner does the queue follow-up (screening, journal,
        // outbox) on the same cores while intake runs. Hosted: no trigger runner — the request path alone.
        // Hosted goes first: Azurite re-serializes its whole database every 5 s, so the standalone runs'
        // follow-up rows slowed every run after them (hosted JSON at 16 clients fell from 26 % to 22 %).
        foreach (var hosted in options.HostedOnly ? [true] : new[] { true, false })
        {
            await using var app = await HandlerProcess.StartAsync(handler, hosted, Settings(options.StorageConnection));
            // Steady state, as a long-running instance sees it: the first requests pay for tiered
            // JIT (ReadyToRun code is re-compiled once hot), connection set-up and the counter's first read.
            // 300 were too few: the first measured run came out 10–20 % below a repeat of itself.
            await RunAsync(app.Address, 16, options.Scale(1000), null);
            await RunAsync(app.Address, 64, options.Scale(500), null);
            await RunAsync(app.Address, 16, options.Scale(100), pdf);
            foreach (var withFile in options.JsonOnly ? [false] : new[] { false, true })
            foreach (var clients in new[] { 16, 64 })
            {
                var total = options.Scale(withFile ? 500 : 1000);
                var cpu = CpuSplit.Start(app.Pid, options.AzuritePid);
                var (rate, p50, p99) = await RunAsync(app.Address, clients, total, withFile ? pdf : null);
                report.Add("intake", $"{(hosted ? "hosted" : "standalone")}, {(withFile ? "multipart + 100 KB PDF" : "JSON")}, {clients} clients", rate, "appeals/s",
                    $"{rate / singleInsertRate:P0} of single insert {singleInsertRate:0} ops/s (goal ≥ 35 %); p50 {p50:0.0} ms, p99 {p99:0.0} ms; {cpu().Describe(total)}");
            }
        }
        await using var proxy = await CountingProxy.StartAsync(options.StorageConnection);
        await using var counted = await HandlerProcess.StartAsync(handler, hosted: true, Settings(proxy.ConnectionString));
        foreach (var withFile in new[] { false, true })
        foreach (var clients in new[] { 1, 16 })
        {
            var appeals = options.Scale(200);
            await RunAsync(counted.Address, 4, 8, withFile ? pdf : null); // warm-up: tables, queue, container, counter ETag
            var (before, kindsBefore) = (proxy.Requests, proxy.Kinds);
            await RunAsync(counted.Address, clients, appeals, withFile ? pdf : null);
            var perAppeal = (double)(proxy.Requests - before) / appeals;
            var kinds = string.Join(", ", proxy.Kinds.Select(k => (k.Key, Count: k.Value - kindsBefore.GetValueOrDefault(k.Key)))
                .Where(k => k.Count > 0).OrderByDescending(k => k.Count)
                .Select(k => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{k.Key} {(double)k.Count / appeals:0.00}")));
            report.Add("intake", $"storage ops per appeal, {(withFile ? "with 1 attachment" : "JSON")}, {clients} client{(clients > 1 ? "s" : "")}", perAppeal, "ops",
                $"request path, counted at a proxy (goal ≤ 4{(withFile ? " + 1 Put Blob" : "")}); with Idempotency-Key: {kinds}");
        }
        report.Add("intake", "public intake rate limit during the bench", BenchPermitLimit, "permits",
            $"{SecuritySettingName} raised for the bench process only (default 30 per window)");
    }

    private const string SecuritySettingName = "Security__RateLimits__PublicIntake__PermitLimit";

    private static Dictionary<string, string> Settings(string storage) => new()
    {
        ["AzureWebJobsStorage"] = storage,
        ["Appeals__Organization"] = Organization,
        ["Appeals__StatusCodeKey"] = "bench-status-code-key-0123456789abcdef",
        [SecuritySettingName] = BenchPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<(double Rate, double P50, double P99)> RunAsync(Uri address, int clients, int total, byte[]? attachment)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var json = Body().ToJsonString();
        var latencies = new double[total];
        var rate = await Measure.RateAsync(total, clients, async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appeals") { Content = Content(json, attachment) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        });
        Array.Sort(latencies);
        return (rate, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static HttpContent Content(string json, byte[]? attachment)
    {
        var appeal = new StringContent(json, Encoding.UTF8, "application/json");
        if (attachment is null) return appeal;
        var file = new ByteArrayContent(attachment);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { appeal, "appeal" }, { file, "attachments", "счёт.pdf" } };
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static JsonObject Body() => new()
    {
        ["kind"] = "complaint",
        ["applicant"] = new JsonObject
        {
            ["kind"] = "individual",
            ["lastName"] = "Иванова",
            ["firstName"] = "Мария",
            ["patronymic"] = "Петровна",
            ["postalAddress"] = "663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2",
            ["phone"] = "+7 913 123-45-67",
            ["email"] = "ivanova@example.ru",
            ["billingAccount"] = "0012345678",
        },
        ["questions"] = new JsonArray(new JsonObject { ["text"] = "Почему счёт за октябрь вдвое больше, чем за сентябрь? Прошу сделать перерасчёт." }),
        ["preferredReply"] = new JsonObject { ["channel"] = "email", ["language"] = "ru" },
        ["consent"] = new JsonObject { ["accepted"] = true, ["textVersion"] = OrganizationProfiles.Find(Organization)!.ConsentTextVersion },
    };

    /// <summary>A PDF header and trailer around a comment, <paramref name="size"/> bytes in all: sniffed as a PDF like a real scan.</summary>
    private static byte[] PdfOfSize(int size)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n%");
        var tail = Encoding.ASCII.GetBytes("\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(bytes, size - tail.Length);
        return bytes;
    }
}
