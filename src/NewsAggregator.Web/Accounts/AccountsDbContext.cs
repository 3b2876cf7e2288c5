using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsAggregator.Web.Accounts;

/// <summary>
/// Sign-in accounts, in the same database as the articles but kept out of Core, which knows nothing
/// of ASP.NET. Its migrations are separate and recorded in their own history table; regenerate them
/// with <c>scripts/regenerate-accounts-migration.sh</c>.
/// </summary>
public class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string HistoryTable = "__AccountsMigrationsHistory";
}

/// <summary>Lets <c>dotnet ef</c> build the accounts context without starting the web host.</summary>
internal sealed class DesignTimeAccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountsDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable))
            .Options);
}
