using Microsoft.AspNetCore.Identity;

namespace NewsAggregator.Web.Accounts;

/// <summary>Creating people: the first admin, admins from the command line, editors invited by an admin.</summary>
public sealed class AdminAccounts(UserManager<IdentityUser> users)
{
    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    /// <summary>
    /// Creates the account, or sets a new password on an existing one, and puts it in <paramref name="role"/>.
    /// Returns the problems (empty on success), e.g. a password that is too short.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetUpAsync(string email, string password, string role)
    {
        var user = await users.FindByEmailAsync(email);
        IdentityResult result;
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            result = await users.CreateAsync(user, password);
        }
        else
        {
            result = await users.RemovePasswordAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddPasswordAsync(user, password);
            }

            if (result.Succeeded)
            {
                // A new password ends any lockout from earlier failed attempts.
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }
        }

        if (result.Succeeded && !await users.IsInRoleAsync(user, role))
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return result.Succeeded ? [] : [.. result.Errors.Select(e => e.Description)];
    }
}
