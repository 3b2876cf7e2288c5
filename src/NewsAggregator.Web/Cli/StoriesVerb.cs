using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Cli;

internal static class StoriesVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(VerbContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "tsv: one line per article, '<file name without extension><TAB><story id>'; json: the stories with their articles.",
            DefaultValueFactory = _ => "tsv",
        };
        format.AcceptOnlyFromAmong("tsv", "json");
        var command = new Command("stories", "Print the stories in the store.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await context.StartHostAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            if (parse.GetValue(format) == "json")
            {
                await WriteJsonAsync(db, context.Output, cancellationToken);
            }
            else
            {
                await WriteTsvAsync(db, context.Output, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static async Task WriteTsvAsync(NewsDbContext db, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking()
            .Select(a => new { a.Source.FileName, a.StoryId })
            .ToListAsync(cancellationToken);
        foreach (var row in rows.OrderBy(r => r.FileName, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"{Path.GetFileNameWithoutExtension(row.FileName)}\t{row.StoryId}");
        }
    }

    private static async Task WriteJsonAsync(NewsDbContext db, TextWriter output, CancellationToken cancellationToken)
    {
        var stories = await db.Stories.AsNoTracking()
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.Headline,
                s.ArticleCount,
                Articles = s.Articles.OrderBy(a => a.Id).Select(a => new
                {
                    a.Source.FileName,
                    a.Title,
                    a.Outlet,
                    Published = a.PublishedUtc,
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(stories, Json));
    }
}
