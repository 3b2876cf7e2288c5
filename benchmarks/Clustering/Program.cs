using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using NewsAggregator.Benchmarks.Clustering;
using NewsAggregator.Core.Clustering;

// Clustering harness. Modes:
//   dev   --data <ecbplus-dev> [--seeds <dir>] [--batch 300] [--shuffle <seed>] [--title-only] [--set Name=value ...] [--out <dump file>]
//   e2e   --data <ecbplus-dev> --count <n> [--batch 300] [--out <dump file>]
//   parse --data <ecbplus-dev> [--rounds 3]
//   place --data <ecbplus-dev> [--count 20000] [--set Name=value ...]
//   bench [BenchmarkDotNet arguments]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dev --data DIR [--seeds DIR] [--batch N] [--shuffle SEED] [--title-only] [--set Name=value] [--out FILE] | e2e --data DIR --count N [--batch N] [--out FILE] | bench");
    return 2;
}

var mode = args[0];
var arguments = Arguments.Parse(args.Skip(1));
try
{
    switch (mode)
    {
        case "bench":
            BenchmarkSwitcher.FromAssembly(typeof(Arguments).Assembly).Run([.. args.Skip(1)]);
            return 0;
        case "dev":
            return await DevEvaluation.RunAsync(arguments);
        case "dump":
            return FeatureDump.Run(arguments);
        case "e2e":
            return await EndToEnd.RunAsync(arguments);
        case "parse":
            return ParseSpeed.Run(arguments);
        case "place":
            return PlaceSpeed.Run(arguments);
        default:
            Console.Error.WriteLine($"unknown mode '{mode}'");
            return 2;
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _values = [];

    public static Arguments Parse(IEnumerable<string> args)
    {
        var parsed = new Arguments();
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                parsed._values.TryAdd(key, []);
            }
            else if (key is not null)
            {
                parsed._values[key].Add(arg);
            }
        }

        return parsed;
    }

    public bool Has(string key) => _values.ContainsKey(key);

    public string? Get(string key) => _values.TryGetValue(key, out var v) && v.Count > 0 ? v[^1] : null;

    public string Require(string key) => Get(key) ?? throw new ArgumentException($"--{key} is required");

    public int Int(string key, int fallback) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var v) ? v : [];

    /// <summary>Options with any --set Name=value overrides applied (for tuning runs only).</summary>
    public ClusteringOptions Options()
    {
        var options = new ClusteringOptions();
        foreach (var assignment in All("set"))
        {
            var parts = assignment.Split('=', 2);
            var property = typeof(ClusteringOptions).GetProperty(parts[0]) ?? throw new ArgumentException($"no option '{parts[0]}'");
            property.SetValue(options, Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture));
        }

        return options;
    }
}

internal static class Memory
{
    public static string Peak()
    {
        using var process = Process.GetCurrentProcess();
        return $"{process.PeakWorkingSet64 / (1024.0 * 1024):0} MB peak working set";
    }
}
