using NewsAggregator.Web.Cli;
using NewsAggregator.Web.Hosting;

if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsAggregatorCore();
builder.AddNewsAggregatorWeb();

var app = builder.Build();
await app.InitializeStoreAsync();
app.UseNewsAggregator();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
