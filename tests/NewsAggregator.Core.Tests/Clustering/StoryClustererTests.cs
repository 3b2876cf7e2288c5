using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class StoryClustererTests
{
    private static ClusterScores Score(IReadOnlyDictionary<string, string?> predictions) =>
        ClusterEvaluation.Evaluate(Fixture.Gold, predictions);

    [Fact]
    public async Task GroupsTheFixtureIntoItsFourEvents()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        await store.ImportAsync(Fixture.Docs);

        var scores = Score(await store.PredictionsAsync());

        Assert.Equal(1.0, scores.PairwiseF1, 3);
        Assert.Equal(4, scores.PredictedClusters);
    }

    [Fact]
    public async Task KeepsTwoEarthquakesApart()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        await store.ImportAsync(Fixture.Docs);

        var predictions = await store.PredictionsAsync();
        var chile = predictions.Where(p => p.Key.StartsWith("chile", StringComparison.Ordinal)).Select(p => p.Value).ToHashSet();
        var sulawesi = predictions.Where(p => p.Key.StartsWith("sulawesi", StringComparison.Ordinal)).Select(p => p.Value).ToHashSet();

        Assert.Empty(chile.Intersect(sulawesi));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 12)]
    [InlineData(4, 3)]
    public async Task ImportOrderAndBatchingDoNotChangeTheStories(int seed, int batchSize)
    {
        await using var sorted = await ClusterTestStore.CreateAsync();
        await sorted.ImportAsync(Fixture.Docs);
        await using var shuffled = await ClusterTestStore.CreateAsync();
        var random = new Random(seed);
        await shuffled.ImportAsync(Fixture.Docs.OrderBy(_ => random.Next()).ToList(), batchSize);

        Assert.Equal(await sorted.PartitionAsync(), await shuffled.PartitionAsync());
    }

    [Fact]
    public async Task StoreWorkAlongsidePlacingRunsAndChangesNoStory()
    {
        await using var plain = await ClusterTestStore.CreateAsync();
        await plain.ImportAsync(Fixture.Docs);
        await using var store = await ClusterTestStore.CreateAsync();
        await using var db = store.NewContext();
        var articles = Fixture.Docs.Select(d => d.ToArticle()).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        var ran = false;

        await store.Clusterer(db).AssignAsync(articles, terms: null, alongside: async () =>
        {
            await Task.Yield();
            ran = true;
        });
        await transaction.CommitAsync();

        Assert.True(ran);
        Assert.Equal(await plain.PartitionAsync(), await store.PartitionAsync());
    }

    [Fact]
    public async Task FailingStoreWorkAlongsidePlacingFailsTheAssignmentAndTheIndexIsRebuilt()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            var articles = Fixture.Docs.Take(6).Select(d => d.ToArticle()).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();

            await Assert.ThrowsAsync<InvalidOperationException>(() => store.Clusterer(db).AssignAsync(
                articles, terms: null, alongside: () => throw new InvalidOperationException("search rows failed")));
        }

        // The batch rolled back; the index had placed it, so it must not remember it.
        await store.ImportAsync(Fixture.Docs);
        await using var fresh = await ClusterTestStore.CreateAsync();
        await fresh.ImportAsync(Fixture.Docs);
        Assert.Equal(await fresh.PartitionAsync(), await store.PartitionAsync());
    }

    [Fact]
    public async Task ReclusterAllGivesTheSameStoriesAsIncrementalImport()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        var random = new Random(7);
        await store.ImportAsync(Fixture.Docs.OrderBy(_ => random.Next()).ToList(), batchSize: 4);
        var incremental = await store.PartitionAsync();

        await store.ReclusterAsync();

        Assert.Equal(incremental, await store.PartitionAsync());
        Assert.Equal(incremental.Count, (await store.StoriesAsync()).Count);
    }

    [Fact]
    public async Task AFreshIndexAfterARestartCarriesOnFromTheStore()
    {
        await using var continuous = await ClusterTestStore.CreateAsync();
        await continuous.ImportAsync(Fixture.Docs, batchSize: 6);
        await using var restarted = await ClusterTestStore.CreateAsync();
        await restarted.ImportAsync(Fixture.Docs.Take(6));

        restarted.Index = new StoryIndex();
        await restarted.ImportAsync(Fixture.Docs.Skip(6));

        Assert.Equal(await continuous.PartitionAsync(), await restarted.PartitionAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AStrayIsStoredInsideTheStoryItFitsAndLeavesOnceItGrowsIntoItsOwn(bool restart)
    {
        // A join bar no paraphrase reaches, so that only the loose layer brings the stray in.
        var options = new ClusteringOptions { MinimumCorpusSize = 0, Threshold = 0.9, AttachThreshold = 0.1, SatelliteSize = 2 };
        const string Flood = "Floods in Ravenna force 3,000 residents from homes along the Lamone river";
        const string Aid = "Rome sends aid as floods in Ravenna drive residents from homes by the Lamone";
        await using var store = await ClusterTestStore.CreateAsync(options);
        await store.ImportAsync(
        [
            new("flood-1", Flood, []), new("flood-2", Flood, []), new("flood-3", Flood, []),
            new("recall", "Tesla recalls 200,000 cars over faulty seat belts in Shanghai", []),
            new("aid-1", Aid, []),
        ]);
        var before = await store.PredictionsAsync();
        Assert.Equal(before["flood-1"], before["aid-1"]);

        if (restart)
        {
            store.Index = new StoryIndex();
        }

        await store.ImportAsync([new("aid-2", Aid, []), new("aid-3", Aid, [])]);

        var after = await store.PredictionsAsync();
        Assert.Equal(before["flood-1"], after["flood-3"]);
        Assert.NotEqual(after["flood-1"], after["aid-1"]);
        Assert.Equal(after["aid-1"], after["aid-3"]);
        var stories = await store.StoriesAsync();
        Assert.Equal(3, stories.Count);
        Assert.All(stories, s => Assert.Equal(s.Articles.Count, s.ArticleCount));
    }

    [Fact]
    public async Task TheFiveSampleReportsFormOneStoryThatNoOtherArticleJoins()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(TestDoc.Read).ToList();
        Assert.Equal(5, samples.Count);
        await using var store = await ClusterTestStore.CreateAsync();

        await store.ImportAsync([.. Fixture.Docs.Take(6), .. samples, .. Fixture.Docs.Skip(6)], batchSize: 5);

        var predictions = await store.PredictionsAsync();
        var sampleNames = samples.Select(s => s.Name).ToHashSet();
        var sampleStories = sampleNames.Select(n => predictions[n]).Distinct().ToList();
        Assert.Single(sampleStories);
        Assert.DoesNotContain(predictions, p => !sampleNames.Contains(p.Key) && p.Value == sampleStories[0]);
    }

    [Fact]
    public async Task StoresHeadlineKeyNamesOutletsAndSize()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        await store.ImportAsync(Fixture.Docs);

        var story = (await store.StoriesAsync()).Single(s => s.Articles.Any(a => a.Title.Contains("Acme Foods agrees", StringComparison.Ordinal)));

        Assert.Equal(3, story.ArticleCount);
        Assert.Contains(story.Headline, Fixture.Docs.Where(d => d.Name.StartsWith("dairy", StringComparison.Ordinal)).Select(d => d.Title));
        Assert.Contains("Borealis", story.KeyNames, StringComparison.Ordinal);
        Assert.Contains("Acme", story.KeyNames, StringComparison.Ordinal);
        Assert.NotEmpty(story.KeyTerms);
    }

    [Fact]
    public async Task DoesNotAbsorbAnArticlePublishedMonthsLater()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        var day = new DateTime(2024, 3, 5, 8, 0, 0, DateTimeKind.Utc);
        var dated = Fixture.Docs.Select(d => d with { Published = day }).ToList();
        var late = Fixture.Docs[1] with { Name = "chile-2-late", Published = day.AddMonths(4) };

        await store.ImportAsync([.. dated, late]);

        var predictions = await store.PredictionsAsync();
        Assert.NotEqual(predictions["chile-1"], predictions["chile-2-late"]);
        Assert.Equal(predictions["chile-1"], predictions["chile-2"]);
    }

    [Fact]
    public async Task RecordsThePublicationSpanOfAStory()
    {
        await using var store = await ClusterTestStore.CreateAsync();
        var day = new DateTime(2024, 3, 5, 8, 0, 0, DateTimeKind.Utc);
        var dated = Fixture.Docs.Select((d, i) => d with { Published = day.AddHours(i) }).ToList();

        await store.ImportAsync(dated);

        var story = (await store.StoriesAsync()).Single(s => s.Articles.Any(a => a.Title.StartsWith("Singer Marla", StringComparison.Ordinal)));
        Assert.Equal(day.AddHours(9), story.FirstPublishedUtc);
        Assert.Equal(day.AddHours(11), story.LastPublishedUtc);
    }
}
