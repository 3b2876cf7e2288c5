namespace NewsAggregator.Web.Hosting;

public sealed class SampleOptions
{
    public const string Section = "Samples";

    /// <summary>Import the shipped sample reports when the server starts on an empty store.</summary>
    public bool ImportOnEmptyStore { get; set; } = true;

    /// <summary>Where the sample reports are; relative paths are taken from the executable's folder.</summary>
    public string Path { get; set; } = "samples";
}
