using System.IO.Compression;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Web.Upload;

/// <summary>A file from an upload (or from inside a zip): ready to import, or refused with a reason.</summary>
public sealed record UploadItem(string DisplayName, long Length, ImportFile? File, string? Rejection);

/// <summary>
/// Turns the files of one request into import candidates, enforcing the limits: size, count, and for
/// zip archives entry count, expanded size, nested archives and unsafe entry paths. A refused file
/// never stops the others.
/// </summary>
public sealed class UploadReader(IOptions<UploadOptions> options)
{
    private readonly UploadOptions _limits = options.Value;

    public async Task<List<UploadItem>> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var items = new List<UploadItem>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = SafeName(file.FileName);
            if (i >= _limits.MaxFiles)
            {
                items.Add(Refuse(name, file.Length, $"too many files in one upload (the limit is {_limits.MaxFiles}); send this one again separately"));
            }
            else if (file.Length > _limits.MaxFileBytes)
            {
                items.Add(Refuse(name, file.Length, $"the file is {UploadOptions.Describe(file.Length)}, over the {UploadOptions.Describe(_limits.MaxFileBytes)} limit"));
            }
            else if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = file.OpenReadStream();
                items.AddRange(await ExpandZipAsync(name, file.Length, stream, cancellationToken));
            }
            else
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, cancellationToken);
                items.Add(new UploadItem(name, file.Length, new ImportFile(name, buffer.ToArray()), null));
            }
        }

        return items;
    }

    private async Task<List<UploadItem>> ExpandZipAsync(string zipName, long zipLength, Stream stream, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return [Refuse(zipName, zipLength, "not a valid zip archive")];
        }

        await using (archive)
        {
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > _limits.MaxZipEntries)
            {
                return [Refuse(zipName, zipLength, $"the archive holds {entries.Count} files, over the limit of {_limits.MaxZipEntries}")];
            }

            // The sizes in the archive's directory can lie; they are checked here and the real bytes again while reading.
            var declared = entries.Sum(e => e.Length);
            if (declared > _limits.MaxZipExpandedBytes)
            {
                return [Refuse(zipName, zipLength, $"the archive would expand to {UploadOptions.Describe(declared)}, over the {UploadOptions.Describe(_limits.MaxZipExpandedBytes)} limit")];
            }

            var items = new List<UploadItem>();
            var expanded = 0L;
            foreach (var entry in entries)
            {
                var display = $"{zipName}/{entry.FullName}";
                var entryName = SafeName(entry.FullName);
                if (IsUnsafePath(entry.FullName))
                {
                    items.Add(Refuse(display, entry.Length, "the archive entry has an absolute or parent-folder (../) path"));
                }
                else if (Path.GetExtension(entryName).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(Refuse(display, entry.Length, "zip archives inside zip archives are not accepted"));
                }
                else if (entry.Length > _limits.MaxFileBytes)
                {
                    items.Add(Refuse(display, entry.Length, $"the file is {UploadOptions.Describe(entry.Length)} expanded, over the {UploadOptions.Describe(_limits.MaxFileBytes)} limit"));
                }
                else
                {
                    var content = await ReadBoundedAsync(entry, Math.Min(_limits.MaxFileBytes, _limits.MaxZipExpandedBytes - expanded), cancellationToken);
                    if (content is null)
                    {
                        items.Add(Refuse(display, entry.Length, "the archive entry expands beyond the size limits (or is damaged)"));
                        continue;
                    }

                    expanded += content.Length;
                    items.Add(new UploadItem(display, content.Length, new ImportFile(entryName, content), null));
                }
            }

            return items;
        }
    }

    /// <summary>The entry's bytes, or null when it holds more than <paramref name="limit"/> or cannot be read.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(ZipArchiveEntry entry, long limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await entry.OpenAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsUnsafePath(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':')
        || path.Split('/', '\\').Any(segment => segment == "..");

    /// <summary>The last segment of the client's name, without control characters: metadata only, never a path.</summary>
    internal static string SafeName(string? clientName)
    {
        var last = (clientName ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length > 200)
        {
            clean = clean[..150] + "…" + clean[^40..];
        }

        return clean.Length == 0 ? "unnamed" : clean;
    }

    private static UploadItem Refuse(string name, long length, string reason) => new(name, length, null, reason);
}
