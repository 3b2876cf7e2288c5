using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Web.Hosting;

/// <summary>Brings the store up to date at start: migrations, WAL journal, and the samples on a new store.</summary>
public sealed class StoreInitializer(
    NewsDbContext db,
    ArticleImporter importer,
    IOptions<SampleOptions> samples,
    ILogger<StoreInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await StoreCreation.MigrateAsync(db, cancellationToken);

        // WAL lets readers keep reading while an import or re-index writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Imports the sample reports when the store has no article yet and the setting allows it.</summary>
    public async Task ImportSamplesIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!samples.Value.ImportOnEmptyStore || await db.SourceFiles.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.GetFullPath(samples.Value.Path, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The store is empty and the sample folder {Folder} does not exist", folder);
            return;
        }

        var files = new List<ImportFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            files.Add(new ImportFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken)));
        }

        var outcomes = await importer.ImportAsync(files, cancellationToken);
        foreach (var outcome in outcomes)
        {
            logger.LogInformation("Sample {Outcome}", outcome.ToString());
        }
    }
}
