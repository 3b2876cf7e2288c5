using System.Diagnostics;
using System.Text;

namespace NewsAggregator.Benchmarks.Clustering;

/// <summary>
/// Throughput through SQLite at scale: the dev articles replicated under distinct names (every
/// capitalised word and number changed per copy, some sentences dropped) with publication dates
/// spread over time, so each copy forms new events rather than swelling old ones.
/// </summary>
internal static class EndToEnd
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var count = args.Int("count", 10_000);
        var batch = args.Int("batch", 300);
        var source = LoadedDoc.ReadFolder(Path.Combine(args.Require("data"), "docs"));
        var docs = Generate(source, count).ToList();

        // The generated corpus stays in memory for the run and so counts in the peak below.
        var corpusBytes = GC.GetTotalMemory(forceFullCollection: true);

        await using var store = new Store(args.Options());
        await store.InitialiseAsync();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await store.ImportAsync(docs, batch);
        var total = Stopwatch.GetElapsedTime(started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var assign = store.AssignTime;

        Console.WriteLine($"articles: {count}  batch: {batch}");
        Console.WriteLine($"save + assign: {total.TotalSeconds:0.00} s = {count / total.TotalSeconds:0} articles/s");
        Console.WriteLine($"assign only (AssignAsync): {assign.TotalSeconds:0.00} s = {count / assign.TotalSeconds:0} articles/s");
        // On a shared machine the wall clock includes waiting for a core; CPU time (all threads) does not.
        Console.WriteLine($"CPU time: {cpu.TotalSeconds:0.00} s = {count / cpu.TotalSeconds:0} articles per CPU second");
        Console.WriteLine($"of which: save {store.SaveTime.TotalSeconds:0.00} s, search rows {store.SearchTime.TotalSeconds:0.00} s, commit {store.CommitTime.TotalSeconds:0.00} s");
        Console.WriteLine($"stories: {store.Index.StoryCount}  terms: {store.Index.TermCount}");
        Console.WriteLine($"{Memory.Peak()} (of which the generated corpus and loaded data: {corpusBytes / (1024.0 * 1024):0} MB managed heap before the import)");
        if (args.Get("out") is { } dump)
        {
            await store.DumpAsync(dump);
        }
        return 0;
    }

    public static IEnumerable<LoadedDoc> Generate(IReadOnlyList<LoadedDoc> source, int count)
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var copy = i / source.Count;
            var doc = source[i % source.Count];
            var random = new Random(i);
            var paragraphs = doc.Paragraphs.Where(_ => random.NextDouble() > 0.1).Select(p => Perturb(p, copy)).ToList();

            // About two copies of the dev set per day: events of one copy overlap in time with the next.
            var published = start.AddHours(copy * 12.0 + random.NextDouble() * 12);
            yield return new LoadedDoc($"{copy:D5}_{doc.Name}", Perturb(doc.Title, copy), paragraphs, published);
        }
    }

    /// <summary>Gives capitalised words and numbers a per-copy twist, so copies name different people and places.</summary>
    private static string Perturb(string text, int copy)
    {
        if (copy == 0)
        {
            return text;
        }

        var suffix = Syllables(copy);
        var result = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                result.Append(word);
                if (char.IsUpper(word[0]) && word.Length > 1)
                {
                    result.Append(suffix);
                }
                else if (word.Length >= 5 && (word.Sum(c => c) + copy) % 2 == 0)
                {
                    // Half the longer words change too: new events bring new vocabulary.
                    result.Append(suffix);
                }
                else if (char.IsDigit(word[0]))
                {
                    result.Append(copy % 10);
                }

                continue;
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    private static string Syllables(int n)
    {
        // Consonants only carry the number: name keys ignore vowels, so copies must differ in consonants.
        const string consonants = "bdfgklmnprstvz";
        var sb = new StringBuilder();
        do
        {
            sb.Append(consonants[n % consonants.Length]).Append('a');
            n /= consonants.Length;
        }
        while (n > 0);
        return sb.ToString();
    }
}
