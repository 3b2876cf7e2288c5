using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsAggregator.Web.Security;

namespace NewsAggregator.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecurityHosting.SignInPolicy)]
public class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Upload");
        }

        // The same message whether the account exists or not, so the form cannot be used to probe for accounts.
        Problem = result.IsLockedOut
            ? "Too many failed attempts: sign-in for this account is locked for a while. Try again later."
            : "Wrong email or password.";
        return Page();
    }
}

public sealed class SignInInput
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";
}
