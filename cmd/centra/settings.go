package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/termsafe"
)

// loadSettings reads the settings file. Its problems never stop centra:
// each is printed to stderr (seen after the screen closes, or at once with
// `centra start`) and returned as a notice for the home screen, and the
// defaults stand in for the bad keys.
func loadSettings(stderr io.Writer) (config.Config, []string) {
	cfg, probs := config.Load(config.Path())
	var notices []string
	for _, p := range probs {
		fmt.Fprintln(stderr, "centra: settings:", p.Error())
		notices = append(notices, "Settings: "+p.Error())
	}
	return cfg, notices
}

// withSettings gives a plan the reminder interval and waking hours of the
// settings file (problems there are for the commands that show them).
func withSettings(p coach.Plan) coach.Plan {
	cfg, _ := config.Load(config.Path())
	return cfg.ApplyPlan(p)
}

// settingsFor gives the settings to either interface, with the way to save
// them back.
func settingsFor(cfg config.Config) *app.Settings {
	path := config.Path()
	return &app.Settings{Config: cfg, Path: tilde(path), Save: func(c config.Config, changed []string) error {
		return config.Save(path, c, changed...)
	}}
}

// tilde writes a path under the home folder as ~/..., for the screen.
func tilde(path string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" || home == "/" {
		return path
	}
	if rel, err := filepath.Rel(home, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.Join("~", rel)
	}
	return path
}

func newSettingsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "settings",
		Short: "Print the settings in force and check the settings file",
		Long: "Prints every setting as it is in force, as TOML, with where the file is. Problems in the\n" +
			"file (unknown keys, bad values) are printed as file:line messages and the exit status\n" +
			"is 1; centra itself never stops for them and uses the default instead. Edit the\n" +
			"settings on the settings screen (s on the home screen) or in the file.",
		Example: "  centra settings\n  CENTRA_CONFIG_DIR=/tmp/try centra settings",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := config.Path()
			cfg, probs := config.Load(path)
			out := termsafe.Writer(cmd.OutOrStdout()) // values and names from the settings file
			fmt.Fprintf(out, "# %s\n", path)
			for _, f := range config.Fields {
				fmt.Fprintf(out, "%s = %s\n", f.Key, f.Literal(cfg))
			}
			if len(probs) == 0 {
				return nil
			}
			for _, p := range probs {
				fmt.Fprintln(cmd.ErrOrStderr(), termsafe.String(p.Error()))
			}
			return fmt.Errorf("the settings file has %d problem(s); the defaults are used for those keys", len(probs))
		},
	}
}
