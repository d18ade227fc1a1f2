// Astro 7 needs Node >= 22.12; fail early with a message a newcomer can act on.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis project needs Node.js 22.12 or newer; you are running ${process.version}.\n` +
      'Install it from https://nodejs.org, or without root rights:\n' +
      '  npm install -g --prefix ~/.node22 node@22 && export PATH=~/.node22/bin:$PATH\n',
  );
  process.exit(1);
}
