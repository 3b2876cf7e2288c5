using System.CommandLine;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Web.Cli;

internal static class ExtractVerb
{
    public static Command Create(VerbContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "HTML files, or folders whose .html/.htm files (recursively) are extracted.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Write <name>.txt and <name>.json for each page into this folder." };
        var format = new Option<string>("--format")
        {
            Description = "What goes to standard output without --out: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Extract the article from saved web pages, without touching the store.") { paths, output, format };
        command.SetAction(parse => ExtractionOutput.Run(
            parse.GetValue(paths)!,
            parse.GetValue(output),
            parse.GetValue(format) == "json" ? ExtractionFormat.Json : ExtractionFormat.Text,
            context.Output,
            context.Error));
        return command;
    }
}
