using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Web.Hosting;

namespace NewsAggregator.Web.Accounts;

/// <summary>Accounts, sign-in and the rules for who may open which pages.</summary>
public static class AccountsHosting
{
    /// <summary>The accounts store and user manager without any web parts: used by the create-admin verb too.</summary>
    public static IHostApplicationBuilder AddAccountsStore(this IHostApplicationBuilder builder)
    {
        AddAccountsDatabase(builder);
        builder.Services.AddIdentityCore<IdentityUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
        return builder;
    }

    private static void AddAccountsDatabase(IHostApplicationBuilder builder)
    {
        var connectionString = NewsAggregatorHosting.ResolveConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<AccountsDbContext>(options =>
            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable)));
        builder.Services.AddScoped<AccountsInitializer>();
        builder.Services.AddScoped<AdminAccounts>();
    }

    public static WebApplicationBuilder AddNewsAggregatorAccounts(this WebApplicationBuilder builder)
    {
        AddAccountsDatabase(builder);
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(ConfigureIdentity)
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.EditorPolicy, p => p.RequireRole(Roles.Admin, Roles.Editor));

        // Declared once per folder rather than as an attribute on each page.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions
            .AuthorizeFolder("/Admin", Roles.AdminPolicy)
            .AuthorizeFolder("/Upload", Roles.EditorPolicy));

        builder.Services.AddSingleton<AccountInvitations>();
        builder.Services.AddHostedService<FirstAdminLink>();
        return builder;
    }

    /// <summary>Migrates the accounts tables; runs beside the store's own migrations at start.</summary>
    public static async Task InitializeAccountsAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsInitializer>().MigrateAsync(cancellationToken);
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // Length over character classes: a long passphrase beats "Passw0rd!".
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }
}
