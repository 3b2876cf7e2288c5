namespace NewsAggregator.Core.Ingestion;

/// <summary>Expands the paths given to the import verb into files, folders recursively.</summary>
public static class ImportFiles
{
    /// <summary>Files under the given paths in a stable order; a path that does not exist is reported, not thrown.</summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return (file, null);
                }
            }
            else
            {
                yield return (path, "no such file or folder");
            }
        }
    }
}
