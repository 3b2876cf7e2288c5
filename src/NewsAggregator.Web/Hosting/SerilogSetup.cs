using Serilog;

namespace NewsAggregator.Web.Hosting;

internal static class SerilogSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. Serilog.AspNetCore cannot be restored here,
    /// so this wires its component packages by hand; request logging is our own middleware.
    /// </summary>
    public static IHostApplicationBuilder AddSerilogLogging(this IHostApplicationBuilder builder)
    {
        PinFileSinksToContentRoot(builder.Configuration, builder.Environment.ContentRootPath);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>File sinks take relative paths from the working folder; anchor them at the content root instead.</summary>
    private static void PinFileSinksToContentRoot(IConfigurationManager configuration, string contentRoot)
    {
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (sink["Name"] == "File" && path is not null && !Path.IsPathRooted(path))
            {
                sink["Args:path"] = Path.Combine(contentRoot, path);
            }
        }
    }
}
