using System.CommandLine;
using Medk.Cli;

// medk: the command line of Medk. Uses the web app's configuration (appsettings.json, environment variables).
var root = new RootCommand("Medk — командная строка: база данных, пользователи, токены, демо-данные, импорт дорожных карт, сроки.");
root.Subcommands.Add(Commands.Migrate());
root.Subcommands.Add(Commands.Demo());
root.Subcommands.Add(Commands.User());
root.Subcommands.Add(Commands.Token());
root.Subcommands.Add(DocumentCommands.Import());
root.Subcommands.Add(DocumentCommands.Schedule());
return await root.Parse(args).InvokeAsync();
