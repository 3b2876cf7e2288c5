using NewsAggregator.Benchmarks.Extraction;
using NewsAggregator.Core.Ingestion.Html;

// Usage:
//   evaluate FOLDER [--worst N] [--only LISTFILE]   text F1/P/R, accuracy, title and byline match
//   metadata FOLDER [--all]                          title/byline mismatches, for inspection (--all: every page's byline, tab-separated)
//   speed FOLDER [--rounds N]                        pages/s and MB/s, single-threaded, in process
//   once FOLDER                                      every page extracted once (for whole-process timing)
//   extract PATH... [--out DIR] [--format text|json] the extract verb, for trying pages by hand
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: evaluate|metadata|speed|extract FOLDER [options]");
    return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

return args[0] switch
{
    "evaluate" => Evaluation.Run(args[1], int.Parse(Option("--worst") ?? "15", System.Globalization.CultureInfo.InvariantCulture), Option("--only")),
    "metadata" => Evaluation.Metadata(args[1], args.Contains("--all")),
    "once" => SpeedRun.Once(args[1]),
    "speed" => SpeedRun.Run(args[1], int.Parse(Option("--rounds") ?? "3", System.Globalization.CultureInfo.InvariantCulture)),
    "extract" => ExtractionOutput.Run(
        [.. args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))],
        Option("--out"),
        Option("--format") == "json" ? ExtractionFormat.Json : ExtractionFormat.Text,
        Console.Out,
        Console.Error),
    _ => 2,
};
