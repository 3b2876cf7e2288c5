using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsAggregator.Web.Accounts;
using NewsAggregator.Web.Security;

namespace NewsAggregator.Web.Pages.Account;

/// <summary>Where a one-time link leads: the first admin, or an invited editor, chooses a password.</summary>
[AllowAnonymous]
[EnableRateLimiting(SecurityHosting.SignInPolicy)]
public class SetupModel(AccountInvitations invitations, AdminAccounts accounts, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
        Invitation = invitations.Find(Token);
        if (Invitation?.Email is { } email)
        {
            Input.Email = email;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Invitation = invitations.Find(Token);
        if (Invitation is null)
        {
            return Page();
        }

        var email = Invitation.Email ?? Input.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, new IdentityUser(email), Input.Password);
            problems.AddRange(check.Errors.Select(e => e.Description));
        }

        if (problems.Count == 0 && !invitations.TryRedeem(Token, out _))
        {
            Invitation = null;
            return Page();
        }

        if (problems.Count == 0)
        {
            problems.AddRange(await accounts.SetUpAsync(email, Input.Password, Invitation.Role));
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        await signIn.SignInAsync((await users.FindByEmailAsync(email))!, isPersistent: false);
        return LocalRedirect(Invitation.Role == Roles.Admin ? "/Admin" : "/Upload");
    }
}

public sealed class SetupInput
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password (at least 12 characters)")]
    public string Password { get; set; } = "";

    [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "The password again")]
    public string ConfirmPassword { get; set; } = "";
}
