import { render } from 'preact';
render(<main>Counterpoint options</main>, document.getElementById('app')!);
