namespace NewsAggregator.Core.Reindexing;

/// <summary>
/// Decides which new stories inherit an old story's id after re-clustering, so story addresses stay
/// stable: a new story that holds the majority of an old story's articles takes that story's id.
/// </summary>
public static class StoryIdMatcher
{
    /// <summary>
    /// New story id to the old id it should take, from article→story maps taken before and after.
    /// Pairs where the ids already agree are left out. A new story inherits at most one old id (the
    /// one it shares most articles with) and an old id goes to at most one new story.
    /// </summary>
    public static IReadOnlyDictionary<int, int> Match(IReadOnlyDictionary<int, int> before, IReadOnlyDictionary<int, int> after)
    {
        var candidates = new List<(int Old, int New, int Shared)>();
        foreach (var oldStory in before.GroupBy(p => p.Value))
        {
            var members = oldStory.Select(p => p.Key).ToList();
            var best = members
                .Where(after.ContainsKey)
                .GroupBy(a => after[a])
                .Select(g => (New: g.Key, Shared: g.Count()))
                .OrderByDescending(g => g.Shared).ThenBy(g => g.New)
                .FirstOrDefault();
            if (best.Shared * 2 > members.Count)
            {
                candidates.Add((oldStory.Key, best.New, best.Shared));
            }
        }

        var takenNew = new HashSet<int>();
        var takenOld = new HashSet<int>();
        var renames = new Dictionary<int, int>();
        foreach (var (oldId, newId, _) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.Old))
        {
            if (takenNew.Contains(newId) || takenOld.Contains(oldId))
            {
                continue;
            }

            takenNew.Add(newId);
            takenOld.Add(oldId);
            if (oldId != newId)
            {
                renames[newId] = oldId;
            }
        }

        // An old id still worn by a new story that keeps its own id cannot be handed over.
        // Dropping one rename can block another in turn, so repeat until nothing changes.
        var current = after.Values.ToHashSet();
        bool dropped;
        do
        {
            dropped = false;
            foreach (var (newId, oldId) in renames.ToList())
            {
                if (current.Contains(oldId) && !renames.ContainsKey(oldId))
                {
                    renames.Remove(newId);
                    dropped = true;
                }
            }
        }
        while (dropped);

        return renames;
    }
}
