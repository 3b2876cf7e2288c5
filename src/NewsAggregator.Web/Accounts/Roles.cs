namespace NewsAggregator.Web.Accounts;

/// <summary>The two roles, and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    /// <summary>Admins only: the /Admin folder.</summary>
    public const string AdminPolicy = "Admin policy";

    /// <summary>Editors and admins: uploading.</summary>
    public const string EditorPolicy = "Editor policy";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}
