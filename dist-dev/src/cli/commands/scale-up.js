import { registerScaleUpRandom } from './scale-up-random.js';
import { registerScaleUpScenario } from './scale-up-scenario.js';
import { registerScaleUpTemplate } from './scale-up-template.js';
export function registerScaleUp(program) {
    const scaleUp = program.command('scale-up').description('grow a tenant with synthetic resources (template, scenario or random)');
    registerScaleUpTemplate(scaleUp);
    registerScaleUpScenario(scaleUp);
    registerScaleUpRandom(scaleUp);
}
//# sourceMappingURL=scale-up.js.map