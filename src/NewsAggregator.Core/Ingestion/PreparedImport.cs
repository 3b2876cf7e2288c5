using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Ingestion;

/// <summary>
/// A batch of files hashed and parsed by <see cref="ArticleImporter.Prepare"/>, waiting to be
/// stored. Holds no store state, so it can be made on another thread while an earlier batch is written.
/// </summary>
public sealed class PreparedImport
{
    internal PreparedImport(IReadOnlyList<ImportFile> files, string[] hashes, ParseResult?[] parsed, ArticleTerms?[] terms)
    {
        Files = files;
        Hashes = hashes;
        Parsed = parsed;
        Terms = terms;
    }

    /// <summary>The files, in the order their outcomes will come back.</summary>
    public IReadOnlyList<ImportFile> Files { get; }

    internal string[] Hashes { get; }

    /// <summary>Per file: its parse, or null for a later copy of the same bytes or a file no parser takes.</summary>
    internal ParseResult?[] Parsed { get; }

    /// <summary>Per file: the story-grouping terms of its parse, or null where there is no successful parse.</summary>
    internal ArticleTerms?[] Terms { get; }
}
