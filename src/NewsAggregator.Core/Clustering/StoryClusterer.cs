using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// The seam between the store and story grouping: gives new articles a story, and can rebuild
/// every story from scratch. First version: TF-IDF cosine against every stored article.
/// </summary>
public sealed class StoryClusterer(NewsDbContext db, IOptions<ClusteringOptions> options, TimeProvider time)
{
    /// <summary>Gives each of <paramref name="articles"/> (saved, with ids) a story and saves.</summary>
    public async Task AssignAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var newIds = articles.Select(a => a.Id).ToHashSet();
        var existing = await LoadDocumentsAsync(a => !newIds.Contains(a.Id), cancellationToken);
        var incoming = articles.Select(a => new Doc(a.Id, a.StoryId, Tokens(a.Title, a.Blocks.Select(b => b.Text)))).ToList();

        var assigned = Assign(existing, incoming);
        var touched = new HashSet<int>();
        var newStories = new Dictionary<int, Story>();
        foreach (var (article, doc) in articles.Zip(assigned))
        {
            if (doc.StoryId is { } storyId)
            {
                article.StoryId = storyId;
                touched.Add(storyId);
            }
            else
            {
                // Articles in this batch that chose a not-yet-saved story share it through its seed id.
                var seed = doc.SeedArticleId!.Value;
                if (!newStories.TryGetValue(seed, out var story))
                {
                    story = new Story { UpdatedUtc = time.GetUtcNow().UtcDateTime };
                    db.Stories.Add(story);
                    newStories[seed] = story;
                }

                article.Story = story;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        touched.UnionWith(newStories.Values.Select(s => s.Id));
        await RefreshStoriesAsync(touched, cancellationToken);
    }

    /// <summary>Forgets every story and groups all stored articles again.</summary>
    public async Task ReclusterAllAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Articles.Include(a => a.Blocks).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        foreach (var article in all)
        {
            article.StoryId = null;
        }

        await db.Stories.ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AssignAsync(all, cancellationToken);
    }

    private sealed record Doc(int ArticleId, int? StoryId, Dictionary<string, double> Terms)
    {
        public int? SeedArticleId { get; set; }
    }

    private List<Doc> Assign(List<Doc> existing, List<Doc> incoming)
    {
        var df = new Dictionary<string, int>();
        foreach (var doc in existing.Concat(incoming))
        {
            foreach (var term in doc.Terms.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = existing.Count + incoming.Count;
        var vectors = existing.Concat(incoming).ToDictionary(d => d.ArticleId, d => Weigh(d.Terms, df, n));
        var pool = new List<Doc>(existing);
        var result = new List<Doc>();
        foreach (var doc in incoming)
        {
            Doc? best = null;
            var bestScore = options.Value.Threshold;
            foreach (var other in pool)
            {
                var score = Cosine(vectors[doc.ArticleId], vectors[other.ArticleId]);
                if (score >= bestScore)
                {
                    (best, bestScore) = (other, score);
                }
            }

            var placed = best is null
                ? doc with { StoryId = null, SeedArticleId = doc.ArticleId }
                : doc with { StoryId = best.StoryId, SeedArticleId = best.SeedArticleId };
            result.Add(placed);
            pool.Add(placed);
        }

        return result;
    }

    private async Task<List<Doc>> LoadDocumentsAsync(System.Linq.Expressions.Expression<Func<Article, bool>> filter, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Where(filter).Where(a => a.StoryId != null)
            .Select(a => new { a.Id, a.StoryId, a.Title, Texts = a.Blocks.Select(b => b.Text).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Doc(r.Id, r.StoryId, Tokens(r.Title, r.Texts)))];
    }

    private async Task RefreshStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        var stories = await db.Stories.Include(s => s.Articles).Where(s => storyIds.Contains(s.Id)).ToListAsync(cancellationToken);
        foreach (var story in stories)
        {
            StorySummary.Refresh(story, time.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, double> Weigh(Dictionary<string, double> tf, Dictionary<string, int> df, int n)
    {
        var weights = new Dictionary<string, double>(tf.Count);
        var norm = 0.0;
        foreach (var (term, count) in tf)
        {
            var w = (1 + Math.Log(count)) * Math.Log((n + 1.0) / df[term]);
            weights[term] = w;
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var term in weights.Keys)
            {
                weights[term] /= norm;
            }
        }

        return weights;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (term, w) in a)
        {
            if (b.TryGetValue(term, out var v))
            {
                sum += w * v;
            }
        }

        return sum;
    }

    private static Dictionary<string, double> Tokens(string title, IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, double>();
        void Add(string text, double weight)
        {
            foreach (var token in Tokenizer.Words(text))
            {
                counts[token] = counts.GetValueOrDefault(token) + weight;
            }
        }

        Add(title, 2);
        foreach (var text in texts)
        {
            Add(text, 1);
        }

        return counts;
    }
}
