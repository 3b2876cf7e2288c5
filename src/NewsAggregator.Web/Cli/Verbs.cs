using System.CommandLine;
using NewsAggregator.Web.Hosting;

namespace NewsAggregator.Web.Cli;

/// <summary>
/// The executable's command-line verbs. They share the server's configuration (appsettings,
/// environment, so <c>ConnectionStrings__News</c> picks the store), print results on standard
/// output and logs on standard error, and never import the samples by themselves.
/// </summary>
public static class Verbs
{
    /// <summary>True when the arguments name a verb (or ask for help); anything else starts the server.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "-?" or "--version"
            || CreateRoot(new VerbContext(TextWriter.Null, null)).Subcommands.Any(c => c.Name == args[0]));

    /// <summary>Runs a verb. <paramref name="configure"/> lets tests point the verb at their own store.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        Action<IHostApplicationBuilder>? configure = null, TextReader? input = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var context = new VerbContext(output, configure) { Error = error, Input = input ?? Console.In };
        var parse = CreateRoot(context).Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand CreateRoot(VerbContext context) =>
        new("NewsAggregator: run with no verb to serve the site (host arguments such as --urls apply).")
        {
            ImportVerb.Create(context),
            StoriesVerb.Create(context),
            EvaluateClustersVerb.Create(context),
            ExtractVerb.Create(context),
            ReindexVerb.Create(context),
            CreateAdminVerb.Create(context),
        };
}

/// <summary>What every verb needs: where to print, and how to build the shared services.</summary>
public sealed class VerbContext(TextWriter output, Action<IHostApplicationBuilder>? configure)
{
    public TextWriter Output { get; } = output;

    /// <summary>Where progress and problems go, apart from the results.</summary>
    public TextWriter Error { get; init; } = Console.Error;

    public TextReader Input { get; init; } = Console.In;

    /// <summary>Builds a host with the same services the server has, its logs on standard error, store migrated.</summary>
    public async Task<IHost> StartHostAsync(CancellationToken cancellationToken, Action<IHostApplicationBuilder>? services = null)
    {
        // A verb runs once, so its settings need no reloading: the watcher that reloading needs
        // covers the whole content root and wakes on every write to a store kept under it, a few
        // percent of an import's processor time.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], Configuration = configuration });
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Name"] == "Console")
            {
                sink["Args:standardErrorFromLevel"] = "Verbose";
            }
        }

        configure?.Invoke(builder);
        builder.AddNewsAggregatorCore();
        services?.Invoke(builder);
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoreInitializer>().MigrateAsync(cancellationToken);
        return host;
    }
}
