using System.CommandLine;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Cli;

internal static class EvaluateClustersVerb
{
    public static Command Create(VerbContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Gold file: '<file name without extension><TAB><event id>' a line.",
            Required = true,
        };
        gold.AcceptExistingOnly();
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("evaluate-clusters", "Score the stored stories against a gold grouping (pairwise and BCubed precision, recall, F1).")
        {
            gold,
            format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await context.StartHostAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            using var reader = parse.GetValue(gold)!.OpenText();
            try
            {
                var scores = await ClusterEvaluation.EvaluateStoreAsync(db, reader, cancellationToken);
                await context.Output.WriteLineAsync(parse.GetValue(format) == "json" ? scores.ToJson() : scores.ToText());
                return 0;
            }
            catch (FormatException ex)
            {
                await context.Error.WriteLineAsync($"evaluate-clusters: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
