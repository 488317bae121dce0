using System.Diagnostics;
using System.Globalization;

namespace CustomerService.Functions.Bench;

/// <summary>
/// CPU time (user + system) a process has used so far, read from <c>/proc/{pid}/stat</c> so it
/// works for processes this one did not start (Azurite, started by bench/run.sh). The difference
/// between two readings around a run says where that run's time went: handler, storage emulator or
/// load generator (this process).
/// </summary>
public static class CpuTime
{
    private static readonly double TicksPerSecond = ClockTicks();

    public static TimeSpan Of(int pid)
    {
        if (pid == Environment.ProcessId) return Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>USER_HZ is 100 on every Linux the bench runs on; getconf confirms it when present.</summary>
    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true });
            var text = getconf!.StandardOutput.ReadToEnd();
            getconf.WaitForExit();
            return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var hz) && hz > 0 ? hz : 100;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return 100;
        }
    }
}

/// <summary>CPU time of the processes in a run: handler, Azurite and the bench (load generator).</summary>
public sealed record CpuSplit(TimeSpan Handler, TimeSpan Azurite, TimeSpan Bench, TimeSpan Wall)
{
    public static Func<CpuSplit> Start(int handlerPid, int azuritePid)
    {
        var (handler, azurite, bench) = (CpuTime.Of(handlerPid), CpuTime.Of(azuritePid), CpuTime.Of(Environment.ProcessId));
        var wall = Stopwatch.StartNew();
        return () => new CpuSplit(CpuTime.Of(handlerPid) - handler, azuritePid > 0 ? CpuTime.Of(azuritePid) - azurite : TimeSpan.Zero, CpuTime.Of(Environment.ProcessId) - bench, wall.Elapsed);
    }

    /// <summary>"CPU ms per appeal handler 2.1 / Azurite 3.4 / bench 1.0; cores busy 1.9 of 2".</summary>
    public string Describe(int operations) => string.Create(CultureInfo.InvariantCulture,
        $"CPU ms/appeal: handler {Handler.TotalMilliseconds / operations:0.00}, Azurite {Azurite.TotalMilliseconds / operations:0.00}, bench {Bench.TotalMilliseconds / operations:0.00}; cores busy {(Handler + Azurite + Bench) / Wall:0.00} of {Environment.ProcessorCount}");
}
