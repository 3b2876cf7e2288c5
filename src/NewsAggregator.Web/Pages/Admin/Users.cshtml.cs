using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Web.Accounts;

namespace NewsAggregator.Web.Pages.Admin;

/// <summary>
/// Lists accounts, invites editors and removes accounts. An invited editor gets a one-time link and
/// chooses their own password: the admin never sees or sets it.
/// </summary>
public class UsersModel(UserManager<IdentityUser> users, AccountInvitations invitations) : PageModel
{
    public IReadOnlyList<(IdentityUser User, IList<string> Roles)> Accounts { get; private set; } = [];

    [BindProperty]
    [Required, EmailAddress, Display(Name = "Email of the new editor")]
    public string? InviteEmail { get; set; }

    /// <summary>The link just created, shown once.</summary>
    public string? InvitationLink { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (ModelState.IsValid)
        {
            if (await users.FindByEmailAsync(InviteEmail!) is not null)
            {
                Problem = $"{InviteEmail} already has an account.";
            }
            else
            {
                var token = invitations.Create(Roles.Editor, InviteEmail);
                InvitationLink = $"{Request.Scheme}://{Request.Host}/Account/Setup?token={token}";
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            Problem = "You cannot remove your own account.";
        }
        else
        {
            await users.DeleteAsync(user);
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var list = new List<(IdentityUser, IList<string>)>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            list.Add((user, await users.GetRolesAsync(user)));
        }

        Accounts = list;
    }
}
