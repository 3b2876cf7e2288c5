using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace NewsAggregator.Web.Accounts;

/// <summary>Migrates the accounts tables and makes sure both roles exist.</summary>
public sealed class AccountsInitializer(AccountsDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Cannot create role {role}: {Describe(result)}");
                }
            }
        }
    }

    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
