using System.CommandLine;
using NewsAggregator.Web.Accounts;

namespace NewsAggregator.Web.Cli;

/// <summary>
/// <c>create-admin --email E --password-stdin</c>: creates an admin (or gives an existing account a
/// new password and the admin role, lifting any lockout) with a password read from standard input,
/// so it never shows in the shell history or the process list. A one-time link could not work here:
/// the server holds its links in its own memory.
/// </summary>
internal static class CreateAdminVerb
{
    public static Command Create(VerbContext context)
    {
        var email = new Option<string>("--email") { Description = "The admin's email address (also the sign-in name).", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (required)." };
        var command = new Command("create-admin", "Create an admin account, or reset an existing account's password and make it an admin.") { email, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(passwordStdin))
            {
                await context.Error.WriteLineAsync("give the password on standard input with --password-stdin, e.g. `read -rs PW; echo \"$PW\" | NewsAggregator.Web create-admin --email you@example.org --password-stdin`");
                return 2;
            }

            var password = (await context.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
            if (password.Length == 0)
            {
                await context.Error.WriteLineAsync("no password on standard input");
                return 2;
            }

            using var host = await context.StartHostAsync(cancellationToken, builder => builder.AddAccountsStore());
            await host.InitializeAccountsAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var address = parse.GetValue(email)!;
            var problems = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().SetUpAsync(address, password, Roles.Admin);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync(problem);
                }

                return 1;
            }

            await context.Output.WriteLineAsync($"{address} is an admin; sign in at /Account/Login");
            return 0;
        });
        return command;
    }
}
